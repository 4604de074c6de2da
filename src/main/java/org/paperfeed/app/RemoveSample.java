package org.paperfeed.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.paperfeed.app.export.LibraryJsonWriter;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.library.ViewScope;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;

/**
 * The bundled sample digest, gone for good: the papers only it listed and the user never marked, the kept digest a
 * rebuild would read them back from, and the first-run import (a choice recorded in {@code sample.json}).
 */
public final class RemoveSample {

    /** The source name the bundled sample's papers are listed under. */
    public static final String SOURCE = "hf-papers";
    /** The origin the bundled sample is imported (and kept in the archive) as. */
    public static final String ORIGIN = "bundled sample";
    /** The origin of the digest that keeps the marked sample papers a removal leaves. */
    static final String KEPT_ORIGIN = "marked papers kept from the removed sample";

    /** What {@code sample.json} holds: whether the user removed the sample, so it is never imported again. */
    public record SampleChoice(boolean removed) {
        static final SampleChoice DEFAULT = new SampleChoice(false);
    }

    /**
     * What removing would do.
     *
     * @param removable papers only the sample listed, without marks: these go
     * @param marked    papers only the sample listed that carry a mark: these stay
     * @param shared    papers another source listed too: these stay
     */
    public record Preview(List<PaperId> removable, List<PaperId> marked, List<PaperId> shared) {
        public Preview {
            removable = List.copyOf(removable);
            marked = List.copyOf(marked);
            shared = List.copyOf(shared);
        }

        /** Whether anything of the sample is in the library. */
        public boolean any() {
            return !removable.isEmpty() || !marked.isEmpty() || !shared.isEmpty();
        }
    }

    /** What removing did: papers deleted, papers kept for their marks, kept digests dropped. */
    public record Result(int removed, int keptMarked, int digestsForgotten) {
    }

    private final PaperLibrary library;
    private final DigestArchive archive;
    private final JsonStore<SampleChoice> choice;
    private final AppEvents events;

    RemoveSample(PaperLibrary library, DigestArchive archive, Path dataFolder, AppEvents events) {
        this.library = library;
        this.archive = archive;
        this.choice = new JsonStore<>(dataFolder.resolve("sample.json"), SampleChoice.class, SampleChoice.DEFAULT);
        this.events = events;
    }

    /** Whether the user removed the sample: then the first-run import must not bring it back. */
    public boolean removed() {
        return choice.load().removed();
    }

    /**
     * The day the sample lists its papers on (its page's "Mar 11"), read off one of its papers; empty when no paper
     * of the sample is in the library. Reads the index: not on a UI thread.
     */
    public Optional<LocalDate> listingDay() throws PaperFeedException {
        try {
            for (PaperId id : library.ids(listedBySample())) {
                Optional<LocalDate> day = library.get(id).stream().flatMap(p -> p.paper().listings().stream())
                        .filter(l -> SOURCE.equals(l.source())).map(Listing::day).findFirst();
                if (day.isPresent()) {
                    return day;
                }
            }
            return Optional.empty();
        } catch (IOException | QuerySyntaxException e) {
            throw new PaperFeedException("the sample's papers could not be read: " + e.getMessage(), e);
        }
    }

    private static LibraryQuery listedBySample() {
        ViewScope scope = new ViewScope(null, SOURCE, ViewScope.Hiding.SHOWN, List.of(), List.of(), true);
        return new LibraryQuery("", PaperFilter.NONE, SortOrder.DATE, 0, 0, 0, scope);
    }

    /** Sorts the sample's papers into those removing deletes and those it keeps. Reads the index: not on a UI thread. */
    public Preview preview() throws PaperFeedException {
        List<PaperId> removable = new ArrayList<>();
        List<PaperId> marked = new ArrayList<>();
        List<PaperId> shared = new ArrayList<>();
        try {
            for (PaperId id : library.ids(listedBySample())) {
                LibraryPaper paper = library.get(id).orElse(null);
                if (paper == null) {
                    continue;
                }
                if (!onlyFromSample(paper)) {
                    shared.add(paper.id());
                } else if (hasMark(paper.state())) {
                    marked.add(paper.id());
                } else {
                    removable.add(paper.id());
                }
            }
        } catch (IOException | QuerySyntaxException e) {
            throw new PaperFeedException("the sample's papers could not be read: " + e.getMessage(), e);
        }
        return new Preview(removable, marked, shared);
    }

    /**
     * Removes the sample: deletes the papers {@link #preview} calls removable, keeps the marked and shared ones,
     * forgets the kept sample digest and records that the sample is never imported again.
     */
    public Result remove() throws PaperFeedException {
        Preview preview = preview();
        try {
            // The choice and the digest go first: should the delete then fail, a restart neither re-imports the
            // sample nor can a rebuild bring it back, and removing again finishes the job.
            // Not JsonStore.save, which only logs a failure: a choice that did not reach the disk must be reported.
            choice.saveOrFail(new SampleChoice(true));
            keepMarkedPapers(preview.marked());
            int forgotten = 0;
            for (DigestArchive.KeptDigest kept : archive.all()) {
                if (SOURCE.equals(kept.source()) && ORIGIN.equals(kept.origin())) {
                    archive.forget(kept.body());
                    forgotten++;
                }
            }
            int removed = library.remove(preview.removable());
            events.publish(new AppEvents.LibraryChanged());
            return new Result(removed, preview.marked().size(), forgotten);
        } catch (IOException | RuntimeException e) {
            throw new PaperFeedException("the sample could not be removed: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the marked sample papers that stay as a digest of their own (PaperFeed's JSON, as {@code export} writes
     * it), before the sample's digest goes: an index rebuild reads the kept digests, and without this one it would
     * lose papers the user starred, tagged or noted.
     */
    private void keepMarkedPapers(List<PaperId> marked) throws IOException {
        if (marked.isEmpty()) {
            return;
        }
        StringWriter json = new StringWriter();
        LibraryJsonWriter writer = new LibraryJsonWriter(List.of(), List.of());
        writer.begin(json);
        for (PaperId id : marked) {
            Optional<LibraryPaper> paper = library.get(id);
            if (paper.isPresent()) {
                writer.write(paper.get(), json);
            }
        }
        writer.end(json);
        archive.keep(json.toString().getBytes(StandardCharsets.UTF_8), KEPT_ORIGIN, SOURCE,
                DigestFormat.PAPERFEED_JSON.name(), "application/json", null, null);
    }

    private static boolean onlyFromSample(LibraryPaper paper) {
        return SOURCE.equals(paper.paper().source())
                && paper.paper().listings().stream().map(Listing::source).allMatch(SOURCE::equals);
    }

    /**
     * A mark is what the user did on purpose and would miss: a star, a tag, a note, or "not interested" (a choice
     * that hides the paper, worth keeping so it stays hidden). Read is not one: opening a sample paper marks it read
     * on the way, so counting it would keep almost every paper a new user glanced at.
     */
    private static boolean hasMark(PaperState state) {
        return state.starred() || !state.tags().isEmpty() || state.hasNote() || state.notInterested();
    }
}
