package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * An arXiv id or a DOI typed or pasted into the search finds its paper, as the reader expects of a reference
 * manager: on the real library "2601.16214" found nothing (ids are not words of the text) and a pasted
 * "https://arxiv.org/abs/2601.16214" was refused as "unknown field 'https:'".
 */
class IdSearchTest {

    private static final String DOI = "10.1016/j.jcp.2024.112345";

    @TempDir
    Path folder;

    @Test
    void anArxivIdOrADoiInAnySpellingFindsItsPaperAndTheTextsThatNameIt() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            library.add(List.of(
                    Papers.arxiv("2501.00001", "Camera control for video diffusion", "We steer cameras.",
                            LocalDate.of(2025, 1, 2), "Ada Lovelace"),
                    Papers.arxiv("2501.00002", "A follow-up", "We extend arXiv:2501.00001 to sound.",
                            LocalDate.of(2025, 1, 3), "Alan Turing"),
                    Papers.arxiv("2501.00003", "Unrelated", "Nothing about it.", LocalDate.of(2025, 1, 4), "Grace")));

            for (String typed : List.of("2501.00001", "2501.00001v3", "arXiv:2501.00001", "arxiv:2501.00001v2",
                    "https://arxiv.org/abs/2501.00001", "https://arxiv.org/pdf/2501.00001v1",
                    "https://huggingface.co/papers/2501.00001")) {
                assertThat(ids(library, typed)).as(typed).first().isEqualTo("2501.00001");
            }
            assertThat(ids(library, "2501.00001")).as("and the paper whose abstract names it")
                    .containsExactly("2501.00001", "2501.00002");
            assertThat(ids(library, "-2501.00001")).containsExactly("2501.00003");
            assertThat(ids(library, "2501.00001 camera")).containsExactly("2501.00001");

            library.add(List.of(new org.paperfeed.model.Paper(org.paperfeed.model.PaperId.fromDoi(DOI),
                    "Neural operators for stiff chemistry", "From the journal.", List.of("Ana Muller"),
                    LocalDate.of(2024, 3, 1), "Journal of Computational Physics", List.of(), null, List.of())));
            for (String typed : List.of(DOI, DOI.toUpperCase(java.util.Locale.ROOT), "https://doi.org/" + DOI)) {
                assertThat(ids(library, typed)).as(typed).containsExactly("doi:" + DOI);
            }

            assertThatThrownBy(() -> ids(library, "https://example.org/paper.pdf"))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("a web address finds a paper only when it is an arXiv, Hugging Face or doi.org link"
                            + " to one, not 'https://example.org/paper.pdf'");
            assertThatThrownBy(() -> ids(library, "arxiv:camera")).isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("arxiv: needs an arXiv id such as 2403.01234, not 'camera'");
        }
    }

    private static List<String> ids(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 10, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }
}
