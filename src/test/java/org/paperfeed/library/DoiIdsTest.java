package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.SortOrder;

/**
 * A paper's id gets better as sources tell more (title id, then DOI, then arXiv id), and the user's marks follow it:
 * stars, tags and notes are kept across each re-keying and across reopening, and every id it had still finds it.
 */
class DoiIdsTest {

    private static final String TITLE = "Neural operators for stiff chemistry";
    private static final String DOI = "10.1016/j.jcp.2024.112345";

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, Clock.systemUTC());
    }

    private static Paper journal(String doi) {
        return new Paper(doi == null ? PaperId.fromTitle(TITLE) : PaperId.fromDoi(doi), TITLE,
                "From the journal.", List.of("Ana Müller"), LocalDate.of(2024, 3, 1), "Journal of Computational Physics",
                List.of(), null, List.of());
    }

    @Test
    void aPaperSeenByTitleThenWithItsDoiThenOnArxivKeepsItsMarksAndEveryOldId() throws Exception {
        PaperId titleId = PaperId.fromTitle(TITLE);
        PaperId doiId = new PaperId("doi:" + DOI);
        try (PaperLibrary library = open()) {
            library.add(List.of(journal(null)));
            library.updateState(titleId, s -> s.withStarred(true).withTags(List.of("chemistry")));
            library.setNote(titleId, "Compare with the arXiv version");

            assertThat(library.add(List.of(journal("DOI:10.1016/J.JCP.2024.112345")))).isEqualTo(new AddResult(0, 1, 0));

            LibraryPaper byDoi = library.get(doiId).orElseThrow();
            assertThat(byDoi.id()).isEqualTo(doiId);
            assertThat(byDoi.paper().doi()).isEqualTo(DOI);
            assertThat(byDoi.state().starred()).isTrue();
            assertThat(byDoi.state().tags()).containsExactly("chemistry");
            assertThat(byDoi.state().note()).isEqualTo("Compare with the arXiv version");
            assertThat(library.get(titleId)).as("the title id still finds it").map(LibraryPaper::id).contains(doiId);
            assertThat(library.size()).isEqualTo(1);
        }
        try (PaperLibrary reopened = open()) {
            assertThat(reopened.get(doiId).orElseThrow().state().starred()).as("the move is journaled").isTrue();
            // arXiv gives the journal's DOI for the preprint: the same paper, now known by its arXiv id.
            Paper preprint = Papers.arxiv("2403.01234v2", "Neural Operators for Stiff Chemistry", "Preprint.",
                    LocalDate.of(2024, 3, 11), "Ana Müller").withDoi(DOI);
            assertThat(reopened.add(List.of(preprint))).isEqualTo(new AddResult(0, 1, 0));

            LibraryPaper byArxiv = reopened.get(PaperId.arxiv("2403.01234")).orElseThrow();
            assertThat(byArxiv.paper().doi()).isEqualTo(DOI);
            assertThat(byArxiv.state().starred()).isTrue();
            assertThat(byArxiv.state().note()).isEqualTo("Compare with the arXiv version");
            assertThat(reopened.get(doiId)).as("the DOI id still finds it").map(LibraryPaper::id)
                    .contains(PaperId.arxiv("2403.01234"));
            assertThat(reopened.get(titleId)).map(LibraryPaper::id).contains(PaperId.arxiv("2403.01234"));
            assertThat(reopened.size()).isEqualTo(1);
        }
        try (PaperLibrary reopened = open()) {
            assertThat(ids(reopened, "is:starred tag:chemistry")).containsExactly("2403.01234");
            assertThat(ids(reopened, "doi:10.1016/J.JCP.2024.112345")).containsExactly("2403.01234");
            assertThat(ids(reopened, "doi:https://doi.org/10.1016/j.jcp.2024.112345")).containsExactly("2403.01234");
            assertThat(ids(reopened, "doi:10.1016/*")).containsExactly("2403.01234");
        }
    }

    @Test
    void aDoiPaperMatchesAnArxivPaperOfTheSameTitleButTwoDoisAreTwoPapers() throws Exception {
        try (PaperLibrary library = open()) {
            library.add(List.of(journal(DOI)));
            library.updateState(PaperId.fromDoi(DOI), s -> s.withStarred(true));
            library.add(List.of(Papers.arxiv("2403.01234", TITLE, "Preprint.", LocalDate.of(2024, 3, 11))));
            assertThat(library.size()).isEqualTo(1);
            assertThat(library.get(PaperId.arxiv("2403.01234")).orElseThrow().state().starred()).isTrue();

            // An erratum with the same title but its own DOI is another paper.
            library.add(List.of(journal("10.1016/j.jcp.2024.999999")));
            assertThat(library.size()).isEqualTo(2);
            assertThat(library.get(PaperId.fromDoi("10.1016/j.jcp.2024.999999")).orElseThrow().state().starred())
                    .isFalse();
        }
    }

    @Test
    void aBadDoiQueryIsOneClearErrorAndMatchesNothing() throws Exception {
        try (PaperLibrary library = open()) {
            library.add(List.of(journal(DOI)));
            assertThatThrownBy(() -> ids(library, "doi:not-a-doi"))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("doi: needs a DOI");
            assertThat(ids(library, "doi:10.1016/j.jcp.2024.000000")).isEmpty();
        }
    }

    @Test
    void migratingAnOlderLibraryGivesATitlePaperWhoseLinksNameADoiThatIdAndKeepsItsMarks() throws Exception {
        PaperId titleId = PaperId.fromTitle(TITLE);
        // What schema 3 stored for a journal item: a title id, the DOI only as a doi.org link.
        Paper stored = new Paper(titleId, TITLE, "From the journal.", List.of(), null, "JCP",
                List.of(new PaperLink(LinkType.ABSTRACT, "https://www.sciencedirect.com/science/article/pii/S1"),
                        new PaperLink(LinkType.OTHER, "https://doi.org/10.1016/J.JCP.2024.112345")),
                null, List.of());
        Paper plain = Papers.titled("A paper without a DOI", "Nothing to re-key.");
        try (PaperLibrary library = open()) {
            library.add(List.of(stored, plain));
            library.updateState(titleId, s -> s.withStarred(true).withTags(List.of("chemistry")));
        }
        markAsSchema3(folder.resolve("index"));

        try (PaperLibrary upgraded = open()) {
            assertThat(upgraded.migratedFromSchema()).contains(3);
            LibraryPaper paper = upgraded.get(PaperId.fromDoi(DOI)).orElseThrow();
            assertThat(paper.id().value()).isEqualTo("doi:" + DOI);
            assertThat(paper.state().starred()).isTrue();
            assertThat(paper.state().tags()).containsExactly("chemistry");
            assertThat(upgraded.get(titleId)).map(LibraryPaper::id).contains(PaperId.fromDoi(DOI));
            assertThat(upgraded.get(plain.id())).map(LibraryPaper::id).contains(plain.id());
            assertThat(ids(upgraded, "is:starred")).containsExactly("doi:" + DOI);
        }
        try (PaperLibrary reopened = open()) {
            assertThat(reopened.migratedFromSchema()).isEmpty();
            assertThat(reopened.marks()).containsKey(PaperId.fromDoi(DOI)).doesNotContainKey(titleId);
            assertThat(reopened.get(PaperId.fromDoi(DOI)).orElseThrow().state().starred()).isTrue();
        }
    }

    @Test
    void rebuildingFromDigestsThatNowGiveTheDoiMovesTheMarksOfTheTitleId() throws Exception {
        PaperId titleId = PaperId.fromTitle(TITLE);
        try (PaperLibrary library = open()) {
            library.add(List.of(journal(null)));
            library.updateState(titleId, s -> s.withStarred(true).withTags(List.of("chemistry")));
        }
        // A rebuild: a new index, the kept digest read again by a parser that now sees its DOI, the marks re-applied.
        try (PaperLibrary rebuilt = PaperLibrary.openSettingAsideIndex(folder, Clock.systemUTC())) {
            rebuilt.add(List.of(journal(DOI)));
            assertThat(rebuilt.reapplyMarks()).isZero();
            assertThat(rebuilt.get(titleId).orElseThrow().id()).isEqualTo(PaperId.fromDoi(DOI));
            assertThat(ids(rebuilt, "is:starred tag:chemistry")).containsExactly("doi:" + DOI);
        }
        try (PaperLibrary reopened = open()) {
            assertThat(reopened.marks()).containsKey(PaperId.fromDoi(DOI)).doesNotContainKey(titleId);
        }
    }

    /** An index as schema 3 committed it: the same documents, its commit saying 3. */
    private static void markAsSchema3(Path index) throws Exception {
        try (Directory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PaperAnalyzers.indexing())
                     .setIndexSort(PaperIndex.NEWEST_FIRST).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(PaperIndex.SCHEMA, "3");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    private static List<String> ids(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.DATE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }
}
