package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.ui.NoteEditorModelTest.HeldExecutor;
import org.paperfeed.ui.task.SameThreadExecutor;

/**
 * A window started on "Latest day" lists that day's papers and nothing else: seen at 2,700,000 papers, the list first
 * showed every day's papers under "2,700,000 papers" and jumped to the day's 284 half a second later, because it
 * asked for its rows before the day bar had counted the days. Here the day bar's counting waits until the test lets
 * it run, as it does behind a large library's first rows.
 */
class LatestDayStartTest {

    private static final LocalDate EARLIER = LocalDate.of(2024, 3, 10);
    private static final LocalDate LATEST = LocalDate.of(2024, 3, 11);

    @TempDir
    Path dir;
    AppServices app;
    final HeldExecutor counting = new HeldExecutor();
    FeedViewModel feed;
    DayBarViewModel dayBar;
    ViewModels models;

    @BeforeEach
    void setUp() throws Exception {
        app = TestLibrary.open(dir);
        app.imports().importBytesAsOf(digest("Earlier", 0, 30), "earlier digest", "test-papers", "application/json",
                EARLIER);
        app.imports().importBytesAsOf(digest("Latest", 30, 6), "latest digest", "test-papers", "application/json",
                LATEST);
        feed = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(), new SameThreadExecutor());
        dayBar = new DayBarViewModel(app.browse(), app.events(), counting);
        models = new ViewModels(null, null, feed, null, null, dayBar, null, null, null);
        MainWindow.linkDays(models);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void theListWaitsForTheLatestDayRatherThanShowEveryDayFirst() throws Exception {
        dayBar.refresh();
        MainWindow.show(models, Feed.TODAY);

        assertThat(feed.rows()).as("rows before the days are counted").isEmpty();
        assertThat(feed.searchingProperty().get()).isTrue();

        counting.runNext();

        assertThat(dayBar.dayProperty().get()).isEqualTo(LATEST);
        assertThat(feed.rows()).hasSize(6).allMatch(row -> row.title().text().startsWith("Latest"));
        assertThat(feed.searchingProperty().get()).isFalse();
    }

    @Test
    void whatIsTypedWhileWaitingIsSearchedInTheLatestDay() throws Exception {
        dayBar.refresh();
        MainWindow.show(models, Feed.TODAY);
        feed.search("paper");

        counting.runNext();

        assertThat(feed.searchTextProperty().get()).isEqualTo("paper");
        assertThat(feed.rows()).hasSize(6).allMatch(row -> row.title().text().startsWith("Latest"));
    }

    @Test
    void leavingForAnotherViewWhileWaitingListsThatViewAtOnce() throws Exception {
        dayBar.refresh();
        MainWindow.show(models, Feed.TODAY);

        MainWindow.show(models, Feed.ALL);

        assertThat(feed.rows()).hasSize(36);
    }

    @Test
    void onceTheDaysAreCountedTheLatestDayIsListedAtOnce() throws Exception {
        dayBar.refresh();
        counting.runNext();
        MainWindow.show(models, Feed.ALL);

        MainWindow.show(models, Feed.TODAY);

        assertThat(counting.waiting()).isZero();
        assertThat(feed.rows()).hasSize(6).allMatch(row -> row.title().text().startsWith("Latest"));
    }

    /** A Hugging Face daily digest of {@code count} papers titled "{@code word} paper N", ids from {@code first}. */
    private static byte[] digest(String word, int first, int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            int n = first + i;
            String title = word + " paper " + n;
            json.append(i == 0 ? "" : ",").append("{\"paper\":{\"id\":\"").append(String.format("2403.%05d", n + 1))
                    .append("\",\"title\":\"").append(title).append("\",\"summary\":\"About ").append(title)
                    .append(".\",\"authors\":[{\"name\":\"Ada Lovelace\"}],\"upvotes\":").append(n % 7)
                    .append("},\"title\":\"").append(title).append("\"}");
        }
        return json.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }
}
