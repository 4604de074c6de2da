package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.PaperFilter;

/**
 * The bundled sample is the page of 11 March 2025 whatever day it is imported on (its "Mar 11" has no year), listed
 * as one day in the page's own order.
 */
class SampleDigestTest {

    @TempDir
    Path dir;

    /** The page's titles in order, read off its layout: five chrome lines, then title and abstract pairs. */
    private static List<String> pageTitles() throws Exception {
        try (InputStream in = SampleDigest.class.getResourceAsStream(SampleDigest.RESOURCE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            List<String> titles = new ArrayList<>();
            for (int i = 5; i + 1 < lines.size(); i += 2) {
                titles.add(lines.get(i));
            }
            return titles;
        }
    }

    @Test
    void theSampleIsDatedWithItsOwnDayNotTheDayItIsImported() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2027-01-05T08:00:00Z"), ZoneOffset.UTC);
        try (AppServices app = AppServices.open(new DataFolder(dir), later)) {
            assertThat(SampleDigest.importNow(app.imports())).as("the year assumed for \"Mar 11\"").contains(2025);

            List<LibraryPaper> papers = app.search().list(new PaperFilter(false, false, null), 100);
            assertThat(papers).hasSize(74)
                    .allSatisfy(p -> assertThat(p.paper().published()).isEqualTo(LocalDate.of(2025, 3, 11)));
            List<String> byRank = papers.stream()
                    .sorted(Comparator.comparing(p -> p.paper().listings().get(0).rank()))
                    .map(p -> p.paper().title()).toList();
            assertThat(papers).allSatisfy(p -> assertThat(p.paper().listings()).containsExactly(Listing.daily(
                    "hf-papers", LocalDate.of(2025, 3, 11), byRank.indexOf(p.paper().title()) + 1, null, null)));
            assertThat(byRank).containsExactlyElementsOf(pageTitles());
        }
    }
}
