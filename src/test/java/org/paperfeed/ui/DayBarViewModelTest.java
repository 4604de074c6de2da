package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.ui.task.SameThreadExecutor;

/** What the day bar says of a day: its counts read as the sidebar and the line under the search read them. */
class DayBarViewModelTest {

    @TempDir
    Path dir;

    /** A day of all of arXiv's new papers holds more than a thousand: "1,234 papers", as the sidebar says it. */
    @Test
    void aDayOfMoreThanAThousandPapersReadsAsTheSidebarCountsIt() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            StringBuilder json = new StringBuilder("[");
            for (int n = 1; n <= 1_234; n++) {
                String id = String.format("2403.%05d", n);
                json.append(n == 1 ? "" : ",").append("{\"paper\":{\"id\":\"").append(id)
                        .append("\",\"title\":\"Paper ").append(n).append("\",\"summary\":\"About ").append(n)
                        .append(".\",\"authors\":[],\"publishedAt\":\"2024-03-05T00:00:00.000Z\"},\"title\":\"Paper ")
                        .append(n).append("\"}");
            }
            app.imports().importBytes(json.append("]").toString().getBytes(StandardCharsets.UTF_8), "test",
                    "test-papers", "application/json");
            DayBarViewModel bar = new DayBarViewModel(app.browse(), app.events(), new SameThreadExecutor());
            bar.refresh();
            LocalDate day = bar.countsProperty().get().get(0).day();

            bar.dayProperty().set(day);

            assertThat(bar.labelProperty().get()).endsWith(" · 1,234 papers · 1,234 unread");
            assertThat(DayBarViewModel.papers(1)).isEqualTo("1 paper");

            // A week counts its papers as its day does; short of room it keeps its name and its unread, then its
            // name alone.
            bar.unitProperty().set(org.paperfeed.model.DayUnit.WEEK);
            LocalDate monday = org.paperfeed.model.DayUnit.WEEK.rangeOf(day).first();
            String[] names = {"Week of " + format(monday, "EEE d MMM yyyy"), "Week of " + format(monday, "EEE d MMM"),
                "Week of " + format(monday, "d MMM")};
            String counts = " · 1,234 papers · 1,234 unread";
            assertThat(bar.labelFormsProperty().get()).containsExactly(names[0] + counts, names[1] + counts,
                    names[2] + counts, names[2] + " · 1,234 unread", names[0], names[1], names[2]);
            // Over a tag's papers the library's counts are not the list's: the week names itself alone.
            bar.viewProperty().set(Feed.tag("ml"));
            assertThat(bar.labelFormsProperty().get()).containsExactly(names);
        }
    }

    /**
     * A bar short of room shows a shorter form of the label: the date gives way (its year, its weekday, then all of it,
     * the date picker showing the day), never what follows it.
     */
    @Test
    void theLabelsShorterFormsKeepWhatFollowsTheDate() throws Exception {
        // An empty library: a day's label is all its forms have to say here, whatever today's date is.
        try (AppServices app = TestLibrary.open(dir)) {
            DayBarViewModel bar = new DayBarViewModel(app.browse(), app.events(), new SameThreadExecutor());
            bar.refresh();
            LocalDate day = LocalDate.of(2020, 12, 4);
            bar.dayProperty().set(day);
            assertThat(bar.labelFormsProperty().get()).containsExactly("Fri 4 Dec 2020 · no papers",
                    "Fri 4 Dec · no papers", "4 Dec · no papers", "no papers");
            assertThat(bar.labelProperty().get()).isEqualTo("Fri 4 Dec 2020 · no papers");

            bar.unitProperty().set(org.paperfeed.model.DayUnit.MONTH);
            // A month keeps its name over its counts: without it the label would not say which month.
            assertThat(bar.labelFormsProperty().get()).containsExactly("December 2020 · no papers",
                    "Dec 2020 · no papers", "December 2020", "Dec 2020");

            bar.unitProperty().set(org.paperfeed.model.DayUnit.DAY);
            bar.restingProperty().set(true);
            assertThat(bar.labelFormsProperty().get()).containsExactly(
                    "Fri 4 Dec 2020 · and the unread of the 7 days before",
                    "Fri 4 Dec · and the unread of the 7 days before", "4 Dec · and the unread of the 7 days before",
                    "4 Dec + 7 days before");

            bar.dayProperty().set(null);
            assertThat(bar.labelFormsProperty().get()).containsExactly("All days");
        }
    }

    private static String format(LocalDate day, String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH).format(day);
    }
}
