package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ui.task.BackgroundTask;

/**
 * A refresh brings a listing day newer than the one the For you feed ranks from (issue 11), as it does for Latest
 * day ({@link DayBarAndSidebarAgreeWindowTest}): For you had gone on ranking the old day and the week before it,
 * the new day's papers put below the frozen order and the day bar naming the old day, with nothing to say a new day
 * had come.
 */
class ForYouNewerDayWindowTest {

    /** The day the window opens on: the latest of the first three days, before the fourth is imported. */
    static final LocalDate OLD_DAY = TopicLibrary.DAYS.get(TopicLibrary.DAYS.size() - 2);

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    /** Lets a held ranking go ({@link #holdRanking}); let go after each test too, before the window closes. */
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
    }

    /**
     * A morning's first refresh with the window open on For you, the reader not started on it (no paper chosen, the
     * list at its top): For you ranks the new day and the 7 days before it, as a window opened after the refresh would.
     */
    @Test
    void aNewerDayIsRankedForAReaderWhoHadNotStarted() throws Exception {
        openForYouOnTheFirstThreeDays();

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);

        awaitTheNewDayRanked();
        assertThat(fx(() -> window.models().feed().feedProperty().get())).isEqualTo(Feed.FOR_YOU);
        assertThat(fx(() -> window.models().sidebar().selectedProperty().get())).isEqualTo(Feed.FOR_YOU);
        assertThat(rowIds().subList(0, 30)).as("the new day's papers on the starred topic ranked among the best,"
                + " not put below the old order").containsAll(TopicLibrary.latest(TopicLibrary.PROTEINS));
        assertThat(rowIds()).as("ranked anew, as the app ranks the new window")
                .isEqualTo(window.app.app().forYou().feed(ForYouScores.FEED_LIMIT).best().stream()
                        .map(r -> r.paper().id().value()).toList());
        assertThat(fx(() -> window.models().dayBar().labelProperty().get()))
                .startsWith(DayBarViewModel.longDay(TopicLibrary.LATEST) + " · and the unread of the ");
        assertThat(fx(() -> newerDay() != null && newerDay().isVisible())).as("nothing newer left to offer").isFalse();
    }

    /**
     * The reader is in the middle of For you, a paper chosen, when the refresh brings the new day: the list stays as it
     * was, in its order, the paper still chosen, the day bar still naming the day it ranks from; beside it a link
     * names the new day, and one click ranks it.
     */
    @Test
    void aNewerDayLeavesAReaderInTheMiddleOfForYouWhereTheyWereAndOffersTheNewDay() throws Exception {
        openForYouOnTheFirstThreeDays();
        window.clickRow(2);
        List<String> before = rowIds();
        String reading = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        long loads = fx(() -> window.models().feed().loads());

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);

        // The refresh reloads the list, and the day bar hears of the new day.
        await(() -> window.models().dayBar().latestDay().filter(TopicLibrary.LATEST::equals).isPresent()
                && window.models().feed().loads() > loads && !window.models().feed().searchingProperty().get());
        assertThat(rowIds()).as("the list the reader was in, in its order").isEqualTo(before);
        await(() -> newerDay() != null && newerDay().isVisible());
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem().id())).as("the paper being read")
                .isEqualTo(reading);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isEqualTo(2);
        assertThat(fx(() -> window.models().dayBar().dayProperty().get())).isEqualTo(OLD_DAY);
        assertThat(fx(() -> window.models().feed().feedProperty().get())).isEqualTo(Feed.FOR_YOU);
        assertThat(fx(() -> newerDay().getText())).contains(DayBarViewModel.shortDay(TopicLibrary.LATEST));

        window.robot.clickOn("#day-newer");

        awaitTheNewDayRanked();
        assertThat(rowIds().subList(0, 30)).as("the new day ranked").containsAll(
                TopicLibrary.latest(TopicLibrary.PROTEINS));
        assertThat(fx(() -> newerDay().isVisible())).isFalse();
    }

    /** The keyboard's way to the new day: {@code ]}, which in For you otherwise leaves the bar's day alone. */
    @Test
    void closingBracketTakesAReaderInTheMiddleOfForYouToTheNewDay() throws Exception {
        openForYouOnTheFirstThreeDays();
        window.clickRow(2);
        window.typeAtList("]");
        assertThat(fx(() -> window.models().dayBar().dayProperty().get())).as("no newer day yet").isEqualTo(OLD_DAY);

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);
        await(() -> newerDay() != null && newerDay().isVisible());
        window.typeAtList("]");

        awaitTheNewDayRanked();
        assertThat(fx(() -> newerDay().isVisible())).isFalse();
    }

    /**
     * For you moving on to a new day says so in the line under the search, as its first ranking does ("Ranking by
     * your interests…"), until the new day's list lands; the window answers meanwhile. It had gone on saying the old
     * list's count under the new day's name, the old list shown, for as long as ranking took (seconds at 144k).
     * Here the ranking is held: the For you thread is kept busy until the test lets it go.
     */
    @Test
    void movingOnToTheNewDaySaysForYouIsRankingUntilTheNewListLands() throws Exception {
        openForYouOnTheFirstThreeDays();
        window.clickRow(2);
        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);
        await(() -> newerDay() != null && newerDay().isVisible() && !window.models().feed().searchingProperty().get());
        holdRanking();

        window.robot.clickOn("#day-newer");

        await(() -> TopicLibrary.LATEST.equals(window.models().dayBar().dayProperty().get())
                && FeedViewModel.RANKING.equals(status()));
        window.typeAtList("j");
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 3);
        assertThat(status()).as("still ranking, the window answering").isEqualTo(FeedViewModel.RANKING);
        release.countDown();
        awaitTheNewDayRanked();
        assertThat(status()).as("the new list's count").isNotEqualTo(FeedViewModel.RANKING).contains(" papers · ");
    }

    /** The same when For you moves on by itself, the reader not started on the list. */
    @Test
    void aNewDayRankedForAReaderWhoHadNotStartedSaysForYouIsRanking() throws Exception {
        openForYouOnTheFirstThreeDays();
        holdRanking();

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);

        await(() -> TopicLibrary.LATEST.equals(window.models().dayBar().dayProperty().get())
                && FeedViewModel.RANKING.equals(status()));
        release.countDown();
        awaitTheNewDayRanked();
        assertThat(status()).as("the new list's count").isNotEqualTo(FeedViewModel.RANKING).contains(" papers · ");
    }

    /**
     * A paper of one of the earlier days read in For you stays in the list, in its place, dimmed as read, and chosen,
     * when a refresh reloads the list (here the refresh that brings the next day, the reader in the middle of For
     * you); so does a paper starred there. The feed lists only the unread of the days before the latest, and each
     * reload had asked it again, so both left the list, the paper being read from under the reader. The next
     * ranking (the new day) leaves them out, as it leaves out what was read before.
     */
    @Test
    void aPaperReadInForYouStaysThroughAReloadUntilTheReaderMovesOn() throws Exception {
        openForYouOnTheFirstThreeDays();
        List<String> ranked = rowIds();
        int readAt = earlierDayRow(ranked, 0);
        String read = ranked.get(readAt);
        String starred = ranked.get(earlierDayRow(ranked, readAt + 1));
        window.robot.interact(() -> {
            window.list().getSelectionModel().select(readAt);
            window.list().requestFocus();
        });
        await(() -> window.models().reader().paperProperty().get() != null
                && read.equals(window.models().reader().paperProperty().get().id().value()));
        window.typeAtList("m");
        await(() -> window.models().feed().row(read).orElseThrow().entry().state().read());
        window.app.app().marks().star(starred);
        await(() -> window.models().feed().row(starred).orElseThrow().entry().state().starred());
        long loads = fx(() -> window.models().feed().loads());

        TopicLibrary.importDay(window.app.app(), TopicLibrary.DAYS.size() - 1);

        await(() -> newerDay() != null && newerDay().isVisible() && window.models().feed().loads() > loads
                && !window.models().feed().searchingProperty().get());
        assertThat(rowIds()).as("the list read in, in its order, the read and the starred paper in their places")
                .isEqualTo(ranked);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem().id())).as("the paper being read")
                .isEqualTo(read);
        assertThat(fx(() -> window.list().getItems().get(readAt).entry().state().read())).as("shown read").isTrue();

        window.robot.clickOn("#day-newer");

        awaitTheNewDayRanked();
        assertThat(rowIds()).as("a fresh ranking: the earlier days' unread, unmarked papers")
                .doesNotContain(read, starred);
    }

    /**
     * The earlier days' papers read in an earlier visit to For you stay out of it: the list holds what is new to the
     * reader, and yesterday's read papers do not come back today.
     */
    @Test
    void aPaperReadBeforeThisVisitToForYouIsNotListedAgain() throws Exception {
        openForYouOnTheFirstThreeDays();
        String read = rowIds().get(earlierDayRow(rowIds(), 0));
        window.app.app().marks().markRead(read);
        await(() -> window.models().feed().row(read).orElseThrow().entry().state().read());
        assertThat(rowIds()).as("read during this visit: it stays").contains(read);

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        window.awaitTopicDay(OLD_DAY);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.FOR_YOU));
        await(() -> window.models().feed().feedProperty().get().forYou()
                && !window.models().feed().searchingProperty().get() && window.list().getItems().size() > 10);
        assertThat(rowIds()).as("back in For you, a visit later").doesNotContain(read);
    }

    /** The first of {@code ids} from {@code from} on that was listed on one of the days before the latest. */
    private static int earlierDayRow(List<String> ids, int from) {
        String oldDay = TopicLibrary.id(TopicLibrary.DAYS.indexOf(OLD_DAY), 0, 0).substring(0, 6);
        for (int i = from; i < ids.size(); i++) {
            if (!ids.get(i).startsWith(oldDay)) {
                return i;
            }
        }
        throw new AssertionError("no paper of an earlier day in " + ids);
    }

    /**
     * The window on the first three of {@link TopicLibrary}'s days, four protein papers starred (For you trained on
     * them), and For you chosen in the sidebar and ranked; nothing chosen in the list.
     */
    private void openForYouOnTheFirstThreeDays() throws Exception {
        window.startOnTopicDays(dir, false, TopicLibrary.DAYS.size() - 1);
        for (String id : TopicLibrary.earlier(TopicLibrary.PROTEINS, 4)) {
            window.app.app().marks().star(id);
        }
        window.app.app().forYou().retrain();
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.FOR_YOU));
        await(() -> window.models().feed().feedProperty().get().forYou()
                && OLD_DAY.equals(window.models().dayBar().dayProperty().get())
                && !window.models().feed().searchingProperty().get() && window.list().getItems().size() > 10
                && window.list().getItems().get(0).match() != null);
        assertThat(rowIds()).as("the old window holds no paper of the day to come")
                .doesNotContainAnyElementsOf(TopicLibrary.latest(TopicLibrary.PROTEINS));
    }

    /** Keeps the window's For you thread busy until {@link #release}: a ranking asked for meanwhile waits. */
    private void holdRanking() {
        window.app.forYouThread().execute(BackgroundTask.wrap(() -> release.await(30, TimeUnit.SECONDS)));
    }

    /** Waits until For you lists the new day ranked: its papers on the starred topic among the rows. */
    private void awaitTheNewDayRanked() throws Exception {
        await(() -> TopicLibrary.LATEST.equals(window.models().dayBar().dayProperty().get())
                && !window.models().feed().searchingProperty().get()
                && rowIds().containsAll(TopicLibrary.latest(TopicLibrary.PROTEINS)));
    }

    /** The line under the search, read on the FX thread when not on it already. */
    private String status() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return window.robot.lookup("#feed-status").queryLabeled().getText();
        }
        try {
            return fx(() -> window.robot.lookup("#feed-status").queryLabeled().getText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link to the newer day beside the day bar's label (made invisible, not removed, when there is none). */
    private Hyperlink newerDay() {
        return (Hyperlink) window.app.window().lookup("#day-newer");
    }

    /** The rows' ids, read on the FX thread when not on it already (conditions run there). */
    private List<String> rowIds() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return window.list().getItems().stream().map(FeedRow::id).toList();
        }
        try {
            return fx(() -> window.list().getItems().stream().map(FeedRow::id).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
