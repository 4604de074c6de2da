package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.paperfeed.app.AppServices;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.SavedSearch;

/**
 * A tag's view on a day: the day bar over the tag's papers gave the whole day's counts ("Wed 1 Jul 2026 · 300 papers
 * · 298 unread" over the 5 papers of the tag, seen on the 144,468-paper library), which read as the tag's. There, as
 * in Starred and a saved search, the bar names the day alone and the line under the search counts the list; a
 * source's view gives the source's own counts, and Latest day the day's.
 */
class NonDayViewsDayBarWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aTagViewOnADayNamesTheDayWithoutTheWholeDaysCounts() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(TestLibrary.digest(20), "test digest", "test-papers", "application/json");
            app.imports().importBytes(other(), "other digest", "other-papers", "application/json");
            for (String id : new String[] {"2403.00001", "2403.00002", "2403.00003"}) {
                app.marks().tag(id, Set.of("ml"));
            }
            app.marks().star("2403.00004");
            app.marks().star("2403.00005");
        }
        window.start(dir);
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> bar.labelProperty().get().contains("papers"));
        LocalDate day = fx(() -> bar.dayProperty().get());
        DayCount whole = fx(() -> bar.count(day).orElseThrow());
        String dayCounts = DayBarViewModel.papers(whole.papers()) + " · " + DayBarViewModel.unread(whole.unread());
        assertThat(fx(() -> shown(dayLabel()))).as("Latest day: the day's own counts").endsWith(dayCounts);

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.tag("ml")));
        await(() -> window.list().getItems().size() == 3 && !window.models().feed().searchingProperty().get());
        assertNamesTheDayAlone(day, whole, "the tag ml");
        assertThat(fx(() -> window.models().feed().statusProperty().get())).as("the list's own count")
                .startsWith("3 papers");

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.STARRED));
        await(() -> window.list().getItems().size() == 2 && !window.models().feed().searchingProperty().get());
        assertNamesTheDayAlone(day, whole, "Starred");

        window.robot.interact(() -> window.models().sidebar().selectedProperty()
                .set(Feed.saved(new SavedSearch("chess", "chess"))));
        await(() -> window.list().getItems().size() == 1 && !window.models().feed().searchingProperty().get());
        assertNamesTheDayAlone(day, whole, "a saved search");

        // A source's view: that source's papers on the day, counted as the bar counts the day's.
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.source("other-papers")));
        await(() -> window.list().getItems().size() == 2 && !window.models().feed().searchingProperty().get());
        await(() -> bar.labelProperty().get().endsWith("2 papers · 2 unread"));
        assertThat(fx(() -> shown(dayLabel()))).endsWith("2 papers · 2 unread");
    }

    /**
     * A tag's view by week: the bar said "Week of Mon 7 Dec 2026 · 1 day with papers", the library's days in that
     * week, over a tag's one paper, and read as the tag's days. It names the week alone there, as
     * a day's label names the day alone, and in Starred and while a search is typed; the week's own counts come back
     * in Latest day.
     */
    @Test
    void aTagViewByWeekNamesTheWeekWithoutTheLibrarysDays() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(TestLibrary.digest(20), "test digest", "test-papers", "application/json");
            app.imports().importBytes(other(), "other digest", "other-papers", "application/json");
            app.marks().tag("2403.00001", Set.of("ml"));
        }
        window.start(dir);
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> bar.labelProperty().get().contains("papers"));
        window.robot.interact(() -> bar.unitProperty().set(org.paperfeed.model.DayUnit.WEEK));
        await(() -> bar.labelProperty().get().startsWith("Week of ") && bar.labelProperty().get().contains("papers"));
        String week = fx(() -> DayBarViewModel.longDay(bar.rangeProperty().get().first()));

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.tag("ml")));
        await(() -> window.list().getItems().size() == 1 && !window.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (String text : new String[] {fx(() -> shown(dayLabel())), fx(() -> dayLabel().getTooltip().getText())}) {
            assertThat(text).as("the week's label over the tag ml").isEqualTo("Week of " + week);
        }
        window.search("chess");
        await(() -> window.list().getItems().isEmpty() && !window.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> shown(dayLabel()))).as("the week's label over a search").isEqualTo("Week of " + week);
    }

    /**
     * A search typed in Latest day: the day bar went on giving the day's counts ("Wed 1 Jul 2026 · 300 papers · 299
     * unread" over the search's matches), which read as the search's. It names the day alone while a search is typed,
     * the line under the search counting the matches, and the day's counts come back once the search is cleared.
     */
    @Test
    void aSearchInLatestDayNamesTheDayWithoutTheWholeDaysCounts() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(TestLibrary.digest(20), "test digest", "test-papers", "application/json");
        }
        window.start(dir);
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> bar.labelProperty().get().contains("papers"));
        LocalDate day = fx(() -> bar.dayProperty().get());
        DayCount whole = fx(() -> bar.count(day).orElseThrow());

        window.search("chess");
        await(() -> window.list().getItems().size() == 1);
        assertNamesTheDayAlone(day, whole, "a search for chess");
        assertThat(fx(() -> window.models().feed().statusProperty().get())).as("the search's own count")
                .startsWith("1 paper");

        window.search("");
        await(() -> bar.labelProperty().get().endsWith(DayBarViewModel.papers(whole.papers()) + " · "
                + DayBarViewModel.unread(whole.unread())));
    }

    /** The day's label names {@code day} and none of its counts, drawn and in its tooltip. */
    private void assertNamesTheDayAlone(LocalDate day, DayCount whole, String view) throws Exception {
        String drawn = fx(() -> shown(dayLabel()));
        String tooltip = fx(() -> dayLabel().getTooltip().getText());
        for (String text : new String[] {drawn, tooltip}) {
            assertThat(text).as("the day bar over %s", view).contains(DayBarViewModel.shortDay(day))
                    .doesNotContain(DayBarViewModel.papers(whole.papers()))
                    .doesNotContain(DayBarViewModel.unread(whole.unread()));
        }
    }

    /** Two papers listed by another source, on the same day as the test digest's. */
    private static byte[] other() {
        return ("[{\"paper\":{\"id\":\"2499.00001\",\"title\":\"Another source's first paper\",\"summary\":\"One.\","
                + "\"publishedAt\":\"2024-03-01T00:00:00.000Z\",\"upvotes\":1},\"title\":\"Another source's first paper\"},"
                + "{\"paper\":{\"id\":\"2499.00002\",\"title\":\"Another source's second paper\",\"summary\":\"Two.\","
                + "\"publishedAt\":\"2024-03-01T00:00:00.000Z\",\"upvotes\":2},\"title\":\"Another source's second paper\"}]")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Label dayLabel() {
        return (Label) window.app.window().lookup("#day-label");
    }

    /** The text a labeled control draws: its own text, or that text cut short with an ellipsis. */
    private static String shown(Parent labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
