package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.PaperFilter;

/**
 * A saved page that prints its date without a year ("Mar 11") is dated against the day the file was saved, not the
 * day it is imported; the report says which year that assumed, and a rebuild of the index, years later, dates it the
 * same.
 */
class ImportedPageYearTest {

    private static final Instant SAVED = Instant.parse("2025-03-12T12:00:00Z");
    private static final LocalDate PAGE_DAY = LocalDate.of(2025, 3, 11);

    @TempDir
    Path data;

    @TempDir
    Path files;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private Path savedPage() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "hf-papers-page.txt");
        Files.setLastModifiedTime(page, FileTime.from(SAVED));
        return page;
    }

    /** Every day the library dates the page's papers with: their published date and their listing's day. */
    private static List<LocalDate> pageDays(AppServices app) throws Exception {
        List<LibraryPaper> papers = app.search().list(new PaperFilter(false, false, null), 100);
        assertThat(papers).hasSize(74);
        return papers.stream()
                .flatMap(p -> Stream.concat(Stream.of(p.paper().published()),
                        p.paper().listings().stream().map(Listing::day)))
                .distinct().toList();
    }

    @Test
    void aYearlessPageDateIsTheLatestSuchDayUpToWhenTheFileWasSavedAndTheReportSaysSo() throws Exception {
        Path page = savedPage();
        // Imported a year later: against the import day, "Mar 11" would be 2026.
        try (AppServices app = AppServices.open(new DataFolder(data), at("2026-03-20T09:00:00Z"))) {
            ImportReport report = app.imports().importFile(page);

            assertThat(report.assumedYear()).isEqualTo(2025);
            assertThat(report.summary()).isEqualTo(page + ": 74 new, 0 updated");
            assertThat(report.assumption()).contains(page + ": its date has no year, assumed 2025");
            assertThat(pageDays(app)).containsExactly(PAGE_DAY);
        }
    }

    @Test
    void aRebuiltIndexDatesTheKeptPageWithTheYearItWasFirstReadWith() throws Exception {
        Path page = savedPage();
        try (AppServices app = AppServices.open(new DataFolder(data), at("2026-03-20T09:00:00Z"))) {
            app.imports().importFile(page);
        }
        deleteTree(new DataFolder(data).library().resolve("index"));

        try (AppServices rebuilt = AppServices.open(new DataFolder(data), at("2027-06-01T09:00:00Z"))) {
            assertThat(rebuilt.recovered()).isPresent();
            assertThat(pageDays(rebuilt)).containsExactly(PAGE_DAY);
        }
    }

    @Test
    void aPageWithItsYearAssumesNothing() throws Exception {
        Path page = files.resolve("dated.txt");
        Files.writeString(page, new String(SampleLibrary.resource(SampleLibrary.SAMPLE), "UTF-8")
                .replaceFirst("\nMar 11\n", "\nMar 11, 2024\n"));
        try (AppServices app = AppServices.open(new DataFolder(data), at("2026-03-20T09:00:00Z"))) {
            ImportReport report = app.imports().importFile(page);

            assertThat(report.assumedYear()).isNull();
            assertThat(report.assumption()).isEmpty();
            assertThat(pageDays(app)).containsExactly(LocalDate.of(2024, 3, 11));
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
