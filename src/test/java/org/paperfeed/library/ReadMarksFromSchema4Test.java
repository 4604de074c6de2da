package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;

/**
 * Schema 5 keeps the read mark as a doc value alone, set in place; schema 4 wrote it as a {@code flag:read} or
 * {@code flag:unread} term too, beside the same doc value. A schema-4 library becomes schema 5 with one commit, no
 * document written again (its read terms are left unread), keeps every read mark, and then marks papers read in place.
 * The number changes so that a schema-4 PaperFeed, which searches the terms, opens a schema-5 library read-only.
 */
class ReadMarksFromSchema4Test {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @TempDir
    Path folder;

    @Test
    void aSchema4LibraryBecomesSchema5WithOneCommitAndKeepsItsReadMarks() throws Exception {
        List<PaperId> ids;
        Map<PaperId, PaperState> marks;
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            ids = Papers.addADay(library, DAY, 12);
            library.updateStates(ids.subList(0, 3), s -> s.withRead(true));
            marks = library.marks();
        }
        rewriteAsSchema4(folder.resolve("index"), marks);
        Set<String> segments = segments();

        try (PaperLibrary readOnly = PaperLibrary.openReadOnly(folder, Clock.systemUTC())) {
            assertThat(search(readOnly, "is:read")).as("a read-only view reads schema 4 as it is")
                    .containsExactlyInAnyOrder(ids.get(0).value(), ids.get(1).value(), ids.get(2).value());
        }
        try (PaperLibrary upgraded = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(upgraded.migratedFromSchema()).contains(4);
            assertThat(segments()).as("no document written again").isEqualTo(segments);
            assertThat(search(upgraded, "is:read")).containsExactlyInAnyOrder(ids.get(0).value(),
                    ids.get(1).value(), ids.get(2).value());
            assertThat(search(upgraded, "is:unread")).hasSize(ids.size() - 3);
            assertThat(search(upgraded, "is:starred tag:keep")).containsExactly(ids.get(0).value());

            long written = upgraded.documentsWritten();
            upgraded.updateStates(ids, s -> s.withRead(true));
            upgraded.updateState(ids.get(1), s -> s.withRead(false));
            assertThat(upgraded.documentsWritten() - written).as("read marks set in place").isZero();
        }
        assertThat(commitData().get(PaperIndex.SCHEMA)).isEqualTo("5");
        try (PaperLibrary reopened = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(reopened.migratedFromSchema()).as("migrated once").isEmpty();
            assertThat(search(reopened, "is:unread")).containsExactly(ids.get(1).value());
            assertThat(search(reopened, "is:read")).hasSize(ids.size() - 1);
        }
    }

    /**
     * A crash between the journal and the index left the schema-4 index behind: the upgrade's commit does not claim
     * the index caught up, so the same open still brings the read marks journaled since into it.
     */
    @Test
    void aSchema4IndexBehindItsJournalIsCaughtUpOnTheOpenThatUpgradesIt() throws Exception {
        List<PaperId> ids;
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            ids = Papers.addADay(library, DAY, 12);
            library.updateStates(ids.subList(0, 3), s -> s.withRead(true));
        }
        // The index as it was before the read marks: none read, and a commit one entry behind the journal.
        rewriteAsSchema4(folder.resolve("index"), Map.of(ids.get(0), PaperState.UNTOUCHED.withStarred(true)
                .withTags(List.of("keep"))));
        long seq = Long.parseLong(commitData().get(PaperIndex.STATE_SEQ));
        setCommitValue(PaperIndex.STATE_SEQ, Long.toString(seq - 1));

        try (PaperLibrary upgraded = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(upgraded.migratedFromSchema()).contains(4);
            assertThat(search(upgraded, "is:read")).containsExactlyInAnyOrder(ids.get(0).value(),
                    ids.get(1).value(), ids.get(2).value());
        }
        try (PaperLibrary reopened = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(search(reopened, "is:read")).hasSize(3);
            assertThat(search(reopened, "is:starred tag:keep")).containsExactly(ids.get(0).value());
        }
    }

    /**
     * What schema 4 left on disk: each document with its marks, the read mark as a {@code flag:read} or
     * {@code flag:unread} term beside its doc value, and its commit saying 4.
     */
    private static void rewriteAsSchema4(Path index, Map<PaperId, PaperState> marks) throws Exception {
        OlderSchemaIndex.rewrite(index, "4", PaperIndex.NEWEST_FIRST, stored -> {
            PaperState state = marks.getOrDefault(stored.paper().id(), PaperState.UNTOUCHED);
            Document written = PaperDocuments.toDocument(stored.paper(), state, stored.added());
            written.add(new StringField(PaperFields.FLAG, state.read() ? "read" : "unread", Field.Store.NO));
            return written;
        });
    }

    private Set<String> segments() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Directory dir = FSDirectory.open(folder.resolve("index"))) {
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
                names.add(segment.info.name);
            }
        }
        return names;
    }

    private void setCommitValue(String key, String value) throws Exception {
        try (Directory dir = FSDirectory.open(folder.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PaperAnalyzers.indexing())
                     .setIndexSort(PaperIndex.NEWEST_FIRST).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(key, value);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.DATE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }

    private Map<String, String> commitData() throws Exception {
        try (Directory dir = FSDirectory.open(folder.resolve("index"))) {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        }
    }
}
