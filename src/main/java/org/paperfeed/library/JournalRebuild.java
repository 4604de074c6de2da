package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.paperfeed.library.IndexedMarks.Marked;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Json;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices a marks journal that lost entries the index still mirrors, and rebuilds it from the index.
 *
 * <p>The index records in each commit the last journal entry it reflects ({@link PaperIndex#STATE_SEQ}), and the
 * journal is always written before the index. So a journal that ends before that entry (emptied, deleted, cut short,
 * or an older copy put back) has lost marks; and one that ends exactly there must hold the same marks as the index, or
 * it lost lines of a compacted journal, whose lines all carry the same number. A journal ahead of the index is the
 * ordinary crash between the two, repaired by re-applying it to the index.
 */
final class JournalRebuild {

    private static final JsonMapper JSON = Json.FILES;

    private JournalRebuild() {
    }

    /**
     * Rebuilds the journal when it is damaged: the damaged file is moved to {@code <name>.damaged-<stamp>} and a new
     * one written from the index's marks, the mute rules and saved searches of its commit data and whatever the damaged file still held
     * for papers the index lacks.
     *
     * @param written the journal as it is on disk, opened read-only
     * @return what was wrong and where the damaged file went (counts are the caller's), or null when it is sound
     */
    static JournalRecovery ifDamaged(Path journal, PaperIndex index, UserStateStore written, String stamp)
            throws IOException {
        long committed = index.committedStateSeq();
        IndexSearcher searcher = index.acquire();
        Map<PaperId, PaperState> rebuilt = new HashMap<>();
        String problem;
        try {
            Diagnosis diagnosis = diagnose(journal, index, written, searcher);
            if (diagnosis == null) {
                return null;
            }
            problem = diagnosis.problem();
            Map<PaperId, Marked> marks = diagnosis.marks();
            if (marks == null) {
                marks = IndexedMarks.read(searcher);
            }
            marks.forEach((id, marked) -> rebuilt.put(id, marked.state()));
            // What the damaged file says about a paper the index holds is older than the index's word: drop it.
            for (PaperId id : written.all().keySet()) {
                if (!rebuilt.containsKey(id) && (index.contains(searcher, PaperFields.ID, id.value())
                        || index.contains(searcher, PaperFields.TITLE_ID, id.value()))) {
                    rebuilt.put(id, PaperState.UNTOUCHED);
                }
            }
        } finally {
            index.release(searcher);
        }
        List<MuteRule> rules = index.commitValue(PaperIndex.MUTE_RULES)
                .map(json -> List.of(JSON.readValue(json, MuteRule[].class))).orElse(null);
        List<SavedSearch> searches = index.commitValue(PaperIndex.SAVED_SEARCHES)
                .map(json -> List.of(JSON.readValue(json, SavedSearch[].class))).orElse(null);
        long nextMuteRule = index.commitValue(PaperIndex.NEXT_MUTE_RULE).map(JournalRebuild::parse).orElse(1L);
        Path aside = null;
        if (Files.exists(journal)) {
            aside = journal.resolveSibling(journal.getFileName() + ".damaged-" + stamp);
            for (int n = 2; Files.exists(aside); n++) {
                aside = journal.resolveSibling(journal.getFileName() + ".damaged-" + stamp + "-" + n);
            }
            Files.move(journal, aside);
        }
        UserStateStore.writeRebuilt(journal, written, rebuilt, rules, searches, committed, nextMuteRule);
        DurableFiles.syncDirectory(journal.getParent());
        return new JournalRecovery(problem, aside, 0, 0);
    }

    /**
     * Whether {@link #ifDamaged} would leave the journal as it is; reads only. A library that serves its first reads
     * before it opens its writer takes that path only for a sound journal ({@link PaperLibrary#openReadingFirst}).
     */
    static boolean isSound(Path journal, PaperIndex index, UserStateStore written) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return diagnose(journal, index, written, searcher) == null;
        } finally {
            index.release(searcher);
        }
    }

    /** Why a journal is damaged, and the index's marks when they were read to tell. */
    private record Diagnosis(String problem, Map<PaperId, Marked> marks) {
    }

    /** Null when the journal is sound, or only ahead of the index (re-applying it to the index repairs that). */
    private static Diagnosis diagnose(Path journal, PaperIndex index, UserStateStore written, IndexSearcher searcher)
            throws IOException {
        long committed = index.committedStateSeq();
        if (written.lastSeq() > committed) {
            return null;
        }
        String problem = sequenceProblem(journal, written, committed, searcher);
        if (problem != null) {
            return new Diagnosis(problem, null);
        }
        if (index.openedSchema() != PaperIndex.SCHEMA_VERSION) {
            return null;
        }
        // A line garbled or lost in the middle: level with the index, the index holds what it said.
        if (written.damage().isPresent()) {
            return new Diagnosis(written.damage().get(), null);
        }
        // Reading every marked document back costs a stored-fields read each; only a journal holding fewer marked
        // papers than the index can have lost some (one ahead or level is checked by sequence).
        if (written.markedPapers() >= searcher.count(IndexedMarks.anyMark())) {
            return null;
        }
        Map<PaperId, Marked> marks = IndexedMarks.read(searcher);
        problem = contentProblem(written, marks);
        return problem == null ? null : new Diagnosis(problem, marks);
    }

    private static String sequenceProblem(Path journal, UserStateStore written, long committed,
                                          IndexSearcher searcher) throws IOException {
        if (!Files.exists(journal) && (committed > 0 || searcher.count(IndexedMarks.anyMark()) > 0)) {
            return "it was missing while the index holds marks";
        }
        if (written.lastSeq() < committed) {
            return "it ends at entry " + written.lastSeq() + " but the index reflects entries up to " + committed;
        }
        return null;
    }

    /** A journal level with the index must hold every mark the index does (a compacted one cut short does not). */
    private static String contentProblem(UserStateStore written, Map<PaperId, Marked> marks) {
        for (Map.Entry<PaperId, Marked> e : marks.entrySet()) {
            PaperState journaled = written.get(e.getKey());
            if (journaled.isUntouched()) {
                journaled = written.get(e.getValue().titleId());
            }
            if (!journaled.equals(e.getValue().state())) {
                return "it lacks marks the index holds (" + e.getKey().value() + ")";
            }
        }
        return null;
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
