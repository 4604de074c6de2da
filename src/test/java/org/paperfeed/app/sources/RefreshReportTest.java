package org.paperfeed.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refresh's line counts the entries of the digests it read that were not papers, as an import's counts lines. */
class RefreshReportTest {

    @Test
    void entriesThatWereNotPapersAreCountedAfterWhatTheDigestBrought() {
        assertThat(RefreshReport.imported("Journal", 2, 0, 1, "h").summary())
                .isEqualTo("Journal: 2 new, 0 updated, 1 entry skipped (not a paper)");
        assertThat(RefreshReport.imported("Journal", 0, 1, 3, "h").summary())
                .isEqualTo("Journal: 0 new, 1 updated, 3 entries skipped (not papers)");
        assertThat(RefreshReport.imported("Journal", 2, 0, "h").summary()).as("none: the line as before")
                .isEqualTo("Journal: 2 new, 0 updated");
    }

    /** A catch-up adds up each day's, and a failure after some days worked still says what those skipped. */
    @Test
    void aCatchUpCountsEveryDaysSkippedEntries() {
        RefreshReport today = RefreshReport.imported("HF", 3, 0, 1, "today");
        RefreshReport monday = RefreshReport.imported("HF", 4, 1, 2, "monday");
        assertThat(RefreshReport.combined(List.of(today, monday)).summary())
                .isEqualTo("HF: 2 days, 7 new, 1 updated, 3 entries skipped (not papers)");

        RefreshReport failed = RefreshReport.failed("HF", "server error (500)", false).on(LocalDate.of(2026, 3, 9));
        assertThat(RefreshReport.combined(List.of(today, failed)).summary())
                .isEqualTo("HF: 1 day, 3 new, 0 updated, 1 entry skipped (not a paper); failed: 2026-03-09: server "
                        + "error (500)");
    }
}
