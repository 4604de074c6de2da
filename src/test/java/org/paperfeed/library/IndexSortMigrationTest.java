package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SortOrder;

/**
 * Schema 3 sorts the index by date and then by paper id, so a date search (which ends on the id) can stop after its
 * first page. A library written by schema 2 (sorted by date alone, which Lucene will not reopen under another sort)
 * opens, is rewritten once into the new order, and keeps every paper, mark and the order of its lists.
 */
class IndexSortMigrationTest {

    private static final Sort SCHEMA_2_SORT = new Sort(
            new SortField(PaperFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(PaperFields.ADDED, SortField.Type.LONG, true));

    @TempDir
    Path folder;

    @Test
    void aLibrarySortedTheSchema2WayIsRewrittenIntoTheNewOrderAndLosesNothing() throws Exception {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Three papers a day: equal dates, which only the id tie-break orders.
            papers.add(Papers.arxiv(String.format("2401.%05d", 30 - i), "Paper " + i, "About topic " + (i % 4),
                    LocalDate.of(2024, 1, 1 + i / 3), "Author " + i));
        }
        List<String> before;
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(papers);
            library.updateState(PaperId.arxiv("2401.00007"), s -> s.withStarred(true));
            library.updateState(PaperId.arxiv("2401.00011"), s -> s.withTags(List.of("later")));
            before = ids(library, "", SortOrder.DATE);
        }
        rewriteAsSchema2(folder.resolve("index"));
        assertThat(indexSort()).isEqualTo(SCHEMA_2_SORT);

        try (PaperLibrary upgraded = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(upgraded.migratedFromSchema()).contains(2);
            assertThat(ids(upgraded, "", SortOrder.DATE)).isEqualTo(before);
            assertThat(ids(upgraded, "is:starred", SortOrder.DATE)).containsExactly("2401.00007");
            assertThat(ids(upgraded, "tag:later", SortOrder.DATE)).containsExactly("2401.00011");
            assertThat(upgraded.size()).isEqualTo(30);
        }
        assertThat(indexSort()).isEqualTo(PaperIndex.NEWEST_FIRST);
        try (PaperLibrary reopened = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(reopened.migratedFromSchema()).as("migrated once").isEmpty();
            reopened.add(List.of(Papers.arxiv("2402.00001", "A later paper", "topic", LocalDate.of(2024, 2, 1))));
            assertThat(ids(reopened, "", SortOrder.DATE).get(0)).isEqualTo("2402.00001");
        }
    }

    /** What schema 2 left on disk: the same documents in an index sorted by date alone, its commit saying 2. */
    private void rewriteAsSchema2(Path index) throws Exception {
        OlderSchemaIndex.rewrite(index, "2", SCHEMA_2_SORT, stored -> PaperDocuments.toDocument(stored.paper(),
                org.paperfeed.model.PaperState.UNTOUCHED, stored.added()));
    }

    private Sort indexSort() throws Exception {
        try (Directory dir = FSDirectory.open(folder.resolve("index"))) {
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
                return segment.info.getIndexSort();
            }
        }
        return null;
    }

    private static List<String> ids(PaperLibrary library, String query, SortOrder sort) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, sort, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }
}
