package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * Issue 13, item 5: the sidebar's counts are exact and remembered per commit. Asking again on the same commit does
 * no search; a star (a new commit) or an import is counted afresh.
 */
class ViewCountsTest {

    private static final PaperFilter STARRED = new PaperFilter(true, false, null);

    @TempDir
    Path folder;

    @Test
    void aCountIsSearchedOncePerCommitAndAgainAfterAStarOrAnImport() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            List<Paper> papers = new java.util.ArrayList<>();
            for (int i = 1; i <= 1_500; i++) {
                papers.add(Papers.arxiv(String.format("2403.%05d", i), "Paper " + i, "About diffusion " + i,
                        LocalDate.of(2024, 3, 1)));
            }
            library.add(papers);

            assertThat(library.count(starred())).isZero();
            assertThat(library.count(all())).as("exact past the 1,000 a search stops counting at").isEqualTo(1_500);
            long searched = library.viewCountSearches();
            assertThat(library.count(starred())).isZero();
            assertThat(library.count(all())).isEqualTo(1_500);
            assertThat(library.viewCountSearches()).as("the same commit: remembered").isEqualTo(searched);

            library.updateState(papers.get(0).id(), s -> s.withStarred(true));
            assertThat(library.count(starred())).isEqualTo(1);
            assertThat(library.viewCountSearches()).isEqualTo(searched + 1);
            assertThat(library.count(starred())).isEqualTo(1);
            assertThat(library.viewCountSearches()).isEqualTo(searched + 1);

            library.add(List.of(Papers.arxiv("2403.09999", "Another", "More diffusion", LocalDate.of(2024, 3, 2))));
            assertThat(library.count(all())).isEqualTo(1_501);
            assertThat(library.count(starred())).isEqualTo(1);
            assertThat(library.viewCountSearches()).isEqualTo(searched + 3);
        }
    }

    private static LibraryQuery starred() {
        return new LibraryQuery("", STARRED, SortOrder.DATE, 0, 0, 0);
    }

    private static LibraryQuery all() {
        return new LibraryQuery("", PaperFilter.NONE, SortOrder.DATE, 0, 0, 0);
    }
}
