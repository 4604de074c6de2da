package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.DigestArchive.KeptDigest;

/** A kept digest remembers the days it was read against, so a rebuild reads it the same way. */
class DigestArchiveDaysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private DigestArchive archive() {
        return new DigestArchive(folder, CLOCK, 1 << 20, Duration.ofDays(365));
    }

    @Test
    void keepsTheReferenceAndListingDaysWithTheDigest() throws Exception {
        archive().keep("page".getBytes(StandardCharsets.UTF_8), "page.txt", "page", "TEXT_PAGE", null,
                LocalDate.of(2025, 3, 12), null);
        archive().keep("[]".getBytes(StandardCharsets.UTF_8), "daily?date=2026-03-14", "hf", "HF_DAILY_JSON",
                "application/json", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 14));

        assertThat(archive().all()).extracting(KeptDigest::origin, KeptDigest::referenceDay, KeptDigest::listingDay)
                .containsExactlyInAnyOrder(
                        tuple("page.txt", LocalDate.of(2025, 3, 12), null),
                        tuple("daily?date=2026-03-14", LocalDate.of(2026, 3, 20),
                                LocalDate.of(2026, 3, 14)));
    }

    @Test
    void identicalBytesKeepTheDaysOfTheirFirstKeeping() throws Exception {
        byte[] page = "page".getBytes(StandardCharsets.UTF_8);
        archive().keep(page, "first.txt", "page", "TEXT_PAGE", null, LocalDate.of(2025, 3, 12), null);
        archive().keep(page, "again.txt", "page", "TEXT_PAGE", null, LocalDate.of(2026, 1, 1), null);

        assertThat(archive().all()).singleElement()
                .satisfies(kept -> assertThat(kept.referenceDay()).isEqualTo(LocalDate.of(2025, 3, 12)));
    }

    @Test
    void aDigestKeptBeforeDaysWereRecordedIsStillKeptWithoutThem() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("20250101-000000-0123456789abcdef.digest"), "page");
        Files.writeString(folder.resolve("20250101-000000-0123456789abcdef.json"),
                "{\"origin\":\"old.txt\",\"source\":\"old\",\"format\":\"TEXT_PAGE\",\"contentType\":null,"
                        + "\"keptAt\":1735689600000}");

        assertThat(archive().all()).singleElement().satisfies(kept -> {
            assertThat(kept.origin()).isEqualTo("old.txt");
            assertThat(kept.referenceDay()).isNull();
            assertThat(kept.listingDay()).isNull();
        });
    }
}
