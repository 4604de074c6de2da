package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence the window and the command line show after a rebuild. */
class LibraryRecoveredTest {

    @Test
    void markedPapersNoLongerKeptAreSaidToComeBackWithTheirMarks() {
        assertThat(rebuiltWith(2).message()).endsWith("your stars and tags are saved, but 2 marked papers are no longer"
                + " in a kept digest and will reappear with their marks when imported again.");
        assertThat(rebuiltWith(1).message()).endsWith("your stars and tags are saved, but 1 marked paper is no longer"
                + " in a kept digest and will reappear with its marks when imported again.");
        assertThat(rebuiltWith(0).message()).endsWith("; your stars and tags are intact.");
    }

    private static LibraryRecovered rebuiltWith(int markedPapersMissing) {
        return new LibraryRecovered(false, "missing", 74, 1, 0, markedPapersMissing, null, Duration.ofSeconds(1), null,
                0, 0, List.of());
    }
}
