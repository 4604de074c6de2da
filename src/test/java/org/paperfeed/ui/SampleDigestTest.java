package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.model.PaperFilter;

/** The bundled sample is the page of 11 March 2025 whatever day it is imported on: its "Mar 11" has no year. */
class SampleDigestTest {

    @TempDir
    Path dir;

    @Test
    void theSampleIsDatedWithItsOwnDayNotTheDayItIsImported() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2027-01-05T08:00:00Z"), ZoneOffset.UTC);
        try (AppServices app = AppServices.open(new DataFolder(dir), later)) {
            assertThat(SampleDigest.importNow(app)).isTrue();

            assertThat(app.search().list(new PaperFilter(false, false, null), 100)).hasSize(74)
                    .allSatisfy(p -> assertThat(p.paper().published()).isEqualTo(LocalDate.of(2025, 3, 11)));
        }
    }
}
