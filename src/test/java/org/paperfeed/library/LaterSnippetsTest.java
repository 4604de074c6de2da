package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SortOrder;

/**
 * A window highlights the rows it shows, not every row a search loads: the rows it scrolls to are highlighted
 * afterwards ({@link PaperLibrary#snippets}). On six real Hugging Face days, a row highlighted afterwards must read
 * exactly as the search would have marked it: the same title marks, the same passages.
 */
class LaterSnippetsTest {

    @TempDir
    Path folder;

    @Test
    void rowsHighlightedAfterTheSearchReadAsTheSearchWouldHaveMarkedThem() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            for (LocalDate day : RealDays.DAYS) {
                library.add(RealDays.papers(day));
            }
            int compared = 0;
            for (String text : List.of("model", "(languag OR languag*)", "\"large language\"", "diffusion -image",
                    "")) {
                List<SearchHit> marked = library.search(new LibraryQuery(text, PaperFilter.NONE,
                        text.isEmpty() ? SortOrder.DATE : SortOrder.RELEVANCE, 40, 40)).hits();
                List<SearchHit> plain = library.search(new LibraryQuery(text, PaperFilter.NONE,
                        text.isEmpty() ? SortOrder.DATE : SortOrder.RELEVANCE, 40, 0)).hits();
                assertThat(plain).as(text).hasSameSizeAs(marked).hasSizeGreaterThan(4);
                int below = plain.size() / 2;
                assertThat(plain).as("a search asked for no snippets highlights none")
                        .allSatisfy(hit -> assertThat(hit.snippet().text()).isEmpty());

                // The rows further down, in the order a list might ask for them, and one the library does not hold.
                List<PaperId> asked = new ArrayList<>(plain.subList(below, plain.size()).stream()
                        .map(hit -> hit.entry().id()).toList());
                Collections.reverse(asked);
                asked.add(1, new PaperId("2401.99999"));
                List<PaperSnippet> later = library.snippets(new LibraryQuery(text, PaperFilter.NONE,
                        SortOrder.RELEVANCE, 0, 0), asked);

                List<PaperSnippet> expected = new ArrayList<>();
                for (int i = marked.size() - 1; i >= below; i--) {
                    SearchHit hit = marked.get(i);
                    expected.add(new PaperSnippet(hit.entry().id(), hit.title(), hit.snippet()));
                }
                assertThat(later).as(text).isEqualTo(expected);
                compared += (int) later.stream().filter(s -> !s.snippet().text().isEmpty()).count();
            }
            // Not a comparison of empty snippets: the rows further down do get their passages.
            assertThat(compared).isGreaterThan(40);
        }
    }
}
