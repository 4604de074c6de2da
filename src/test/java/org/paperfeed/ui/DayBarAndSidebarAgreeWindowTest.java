package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar names what the list shows as the day bar moves. On the 144,468-paper library "Latest day · 1 Jul" stayed
 * selected over 30 Jun's papers after ◀, and over every day's after All days; "All papers" over one day's after a
 * day was picked. And after All days the Day pill stayed chosen, as if the list were still one day's.
 */
class DayBarAndSidebarAgreeWindowTest {

    static final LocalDate DAY_BEFORE = TopicLibrary.DAYS.get(TopicLibrary.DAYS.size() - 2);

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theSidebarNamesTheDaysTheListShows() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        assertThat(selectedEntry()).startsWith("Latest day");

        window.robot.clickOn("#day-previous");
        window.awaitTopicDay(DAY_BEFORE);
        assertThat(selectedEntry()).as("the sidebar over the day before the latest").isEqualTo("All papers");
        assertThat(fx(() -> window.models().feed().feedProperty().get())).isEqualTo(Feed.ALL);

        window.robot.clickOn("#day-next");
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(selectedEntry()).as("the sidebar back on the latest day").startsWith("Latest day");

        window.robot.clickOn("#day-all");
        await(() -> window.models().feed().view().days() == null && !window.models().feed().searchingProperty().get());
        assertThat(selectedEntry()).as("the sidebar over every day").isEqualTo("All papers");

        window.robot.clickOn("#day-latest");
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(selectedEntry()).startsWith("Latest day");

        // Looking back at the day before does not make All papers the view the window opens on next time.
        window.robot.clickOn("#day-previous");
        window.awaitTopicDay(DAY_BEFORE);
        assertThat(fx(() -> window.models().settings().get().lastView())).isEqualTo(Feed.TODAY.key());
    }

    /** The order chosen in Latest day stays as ◀ makes the view All papers on the day before, and back. */
    @Test
    void theOrderStaysAsTheViewFollowsTheDays() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        window.robot.clickOn("#sort-date");
        await(() -> window.models().feed().orderProperty().get() == ListOrder.DATE
                && !window.models().feed().searchingProperty().get());

        window.robot.clickOn("#day-previous");
        window.awaitTopicDay(DAY_BEFORE);
        assertThat(selectedEntry()).isEqualTo("All papers");
        assertThat(fx(() -> window.models().feed().orderProperty().get())).isEqualTo(ListOrder.DATE);

        window.robot.clickOn("#day-next");
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(fx(() -> window.models().feed().orderProperty().get())).isEqualTo(ListOrder.DATE);
    }

    /**
     * A refresh brings a newer day while the reader reads the latest one, a paper open: the list stays on the day they
     * are reading, which is no longer the latest, and the sidebar says so (All papers); Latest day names the new day,
     * a click away. "Latest day · 5 Mar" had stayed highlighted over 4 Mar's papers.
     */
    @Test
    void aNewerDayLeavesAReaderOnTheirDayUnderAllPapers() throws Exception {
        window.startOnTopicDays(dir, false, TopicLibrary.DAYS.size() - 1);
        window.clickRow(2);
        String reading = fx(() -> window.list().getSelectionModel().getSelectedItem().id());

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);
        await(() -> window.models().dayBar().latestDay().filter(TopicLibrary.LATEST::equals).isPresent()
                && Feed.ALL.equals(window.models().sidebar().selectedProperty().get()));

        window.awaitTopicDay(DAY_BEFORE);
        assertThat(fx(() -> window.models().feed().feedProperty().get())).isEqualTo(Feed.ALL);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem().id())).as("the paper being read")
                .isEqualTo(reading);

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(selectedEntry()).startsWith("Latest day");
    }

    /**
     * A morning's first refresh: the window opened on yesterday, the latest day it had, and the reader has not
     * started on it (no paper chosen, the list at its top) when today's papers come in. Latest day moves on to them,
     * as a window opened after the refresh would have shown.
     */
    @Test
    void aNewerDayIsLatestDayForAReaderWhoHadNotStarted() throws Exception {
        window.startOnTopicDays(dir, false, TopicLibrary.DAYS.size() - 1);

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);

        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(selectedEntry()).startsWith("Latest day");
        assertThat(fx(() -> window.models().feed().feedProperty().get())).isEqualTo(Feed.TODAY);
    }

    @Test
    void noUnitIsChosenWhileTheBarShowsEveryDay() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        assertThat(chosenUnits()).containsExactly("unit-day");

        window.robot.clickOn("#day-all");
        await(() -> window.models().feed().view().days() == null && !window.models().feed().searchingProperty().get());
        assertThat(chosenUnits()).as("Day, Week and Month over every day").isEmpty();

        window.robot.clickOn("#day-latest");
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(chosenUnits()).containsExactly("unit-day");
    }

    /** The label of the sidebar's highlighted line. */
    private String selectedEntry() throws Exception {
        return fx(() -> window.app.window().sidebar().getSelectionModel().getSelectedItem().label());
    }

    private List<String> chosenUnits() throws Exception {
        return fx(() -> List.of("#unit-day", "#unit-week", "#unit-month").stream()
                .map(id -> (ToggleButton) window.app.window().lookup(id)).filter(ToggleButton::isSelected)
                .map(ToggleButton::getId).toList());
    }
}
