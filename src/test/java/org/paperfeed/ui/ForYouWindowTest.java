package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.ForYou;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For you in the real window, on a library of five topics over four listing days ({@link TopicLibrary}): the
 * sidebar entry explains how to start and then ranks the reader's topic first with a badge and a Why; For you as
 * the order of a day view stays put until re-ranked; {@code x} retrains in the background while the window goes on.
 */
class ForYouWindowTest {

    /** The reading pane's Why line: how well, the interest, its score ("Closest to ★ starred · score 0.01"). */
    static final String WHY = "(Matches|Closest to) (.+) · score (< )?[01]\\.\\d\\d";
    static final String WHY_STARRED = "(Matches|Closest to) ★ starred · score (< )?[01]\\.\\d\\d";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    PaperFeedApplication app;
    /** The threads For you trained on, as its event says. */
    final List<String> trainedOn = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        try (AppServices seed = TestLibrary.open(dir)) {
            TopicLibrary.importAll(seed);
        }
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        app = WindowFixture.launch(startup);
        await(() -> app.models() != null && !app.models().feed().rows().isEmpty());
        app.app().events().subscribe(AppEvents.InterestsRetrained.class,
                e -> trainedOn.add(Platform.isFxApplicationThread() ? "fx" : Thread.currentThread().getName()));
        robot.interact(() -> app.models().reader().markReadOnOpenProperty().unbind());
        robot.interact(() -> app.models().reader().markReadOnOpenProperty().set(false));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void forYouExplainsHowToStartThenRanksTheStarredTopicFirstWithABadgeAndAWhy() throws Exception {
        robot.clickOn(robot.lookup((Node n) -> "sidebar-feed-For you".equals(n.getId())).queryLabeled());
        await(() -> app.models().feed().feedProperty().get().forYou()
                && !app.models().feed().forYouReadyProperty().get());
        assertThat(list().getItems()).as("no random order before there is an interest").isEmpty();
        assertThat(fx(() -> ((Label) list().getPlaceholder().lookup("#feed-empty")).getText())).isEqualTo(ForYou.HOW_TO_START);

        List<String> starred = TopicLibrary.earlier(TopicLibrary.PROTEINS, 4);
        app.app().marks().star(starred.get(0));
        // ...and how far the reader has come: one star, and nothing said it counted.
        await(() -> ((Label) list().getPlaceholder().lookup("#feed-empty")).getText()
                .equals(ForYou.HOW_TO_START + " So far: 1 paper starred."));
        for (String id : starred.subList(1, starred.size())) {
            app.app().marks().star(id);
        }
        // Each star may reload the view, and a view ranked after the third star keeps its order until Re-rank.
        robot.clickOn("#rerank");
        await(() -> app.models().feed().forYouReadyProperty().get()
                && !app.models().feed().searchingProperty().get() && list().getItems().size() > 10);

        List<String> ranked = ids();
        assertThat(ranked).as("starred papers are not recommended again").doesNotContainAnyElementsOf(starred);
        assertThat(ranked.subList(0, 10)).as("protein papers first, whichever day listed them")
                .allMatch(id -> TopicLibrary.onTopic(id, TopicLibrary.PROTEINS));
        assertThat(ranked).containsAll(TopicLibrary.latest(TopicLibrary.PROTEINS));
        assertThat(ranked).as("the latest day's papers and the unread ones of the days before")
                .contains(TopicLibrary.id(0, TopicLibrary.ROBOTS, 1), TopicLibrary.id(3, TopicLibrary.ROBOTS, 1));
        // The badge on the rows says which interest matched.
        await(() -> visibleBadges().contains("like ★ starred"));
        // Each row on the screen shows its abstract's opening, as the rows of any other list do.
        await(() -> {
            List<FeedCell> shown = shownCells();
            return shown.size() >= 3 && shown.stream().allMatch(cell -> cell.lookupAll(".pf-row-snippet").stream()
                    .anyMatch(n -> n.isVisible() && n instanceof HighlightedTextFlow flow
                            && !flow.getChildren().isEmpty()));
        });
        assertThat(fx(() -> list().getItems().get(0).snippet().text()))
                .isNotEmpty().isSubstringOf(fx(() -> list().getItems().get(0).entry().paper().abstractText()));

        robot.interact(() -> list().getSelectionModel().select(0));
        await(() -> robot.lookup("#reader-why-interest").queryAs(WrappedText.class).isVisible()
                && robot.lookup("#reader-why-interest").queryAs(WrappedText.class).getText().matches(WHY_STARRED));
        List<String> terms = fx(() -> robot.lookup("#reader-why-terms").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(terms).isNotEmpty();
        org.paperfeed.model.Paper paper = fx(() -> list().getItems().get(0).entry().paper());
        String text = (paper.title() + " " + paper.abstractText() + " " + String.join(" ", paper.authors()))
                .toLowerCase(java.util.Locale.ROOT);
        // Each reason ("folding  +0.42", "amino residue  +0.10", "author: Ada  +0.05") is this paper's own words.
        for (String term : terms) {
            String words = term.substring(0, term.lastIndexOf("  +")).replace("author: ", "");
            for (String word : words.split(" ")) {
                assertThat(text).as("a reason is a word of this paper").contains(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void forYouAsTheOrderOfADayStaysPutUntilReRankedAndIsRemembered() throws Exception {
        for (String id : TopicLibrary.earlier(TopicLibrary.PROTEINS, 4)) {
            app.app().marks().star(id);
        }
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> app.models().feed().view().days() != null && list().getItems().size() == 30);
        robot.clickOn("#sort-for-you");
        await(() -> app.models().feed().orderProperty().get() == ListOrder.FOR_YOU
                && !app.models().feed().searchingProperty().get() && list().getItems().size() == 30);
        List<String> before = ids();
        assertThat(before.subList(0, TopicLibrary.PER_TOPIC))
                .containsExactlyInAnyOrderElementsOf(TopicLibrary.latest(TopicLibrary.PROTEINS));
        String robotPaper = TopicLibrary.latest(TopicLibrary.ROBOTS).get(0);
        assertThat(before.indexOf(robotPaper)).as("robots are not an interest yet").isGreaterThan(5);

        // A new interest: three robot papers tagged alike. Marks and reloads leave the ranked order alone.
        for (String id : TopicLibrary.earlier(TopicLibrary.ROBOTS, 3)) {
            app.app().marks().tag(id, Set.of("robots"));
        }
        app.app().forYou().retrain();
        robot.interact(() -> app.models().feed().reload());
        await(() -> !app.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids()).as("frozen until re-ranked").isEqualTo(before);

        robot.clickOn("#rerank");
        await(() -> !rowIds().equals(before));
        List<String> after = ids();
        assertThat(after.indexOf(robotPaper)).as("re-ranked with the new interest").isLessThan(12);
        assertThat(fx(() -> list().getItems().stream().filter(r -> r.id().equals(robotPaper)).findFirst()
                .orElseThrow().match().badge())).isEqualTo("like #robots");

        // Remembered for this view: away to All papers (its own order) and back, For you is still chosen.
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> app.models().feed().orderProperty().get() != ListOrder.FOR_YOU);
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> app.models().feed().orderProperty().get() == ListOrder.FOR_YOU
                && !app.models().feed().searchingProperty().get() && list().getItems().size() == 30);
        assertThat(ids().subList(0, 3)).allMatch(id -> TopicLibrary.onTopic(id, TopicLibrary.PROTEINS)
                || TopicLibrary.onTopic(id, TopicLibrary.ROBOTS));
    }

    /**
     * The For you feed ranks the latest day and the week before it, whatever day the bar shows: the bar's day controls
     * rest there, and [ and ] do nothing. ◀ had changed the bar to another day while the list stayed For you's (and
     * reloaded, dropping the papers read meanwhile), seen at 144k.
     */
    @Test
    void inTheForYouFeedTheDayBarsControlsRest() throws Exception {
        starProteinsAndOpenForYou();
        await(() -> app.models().feed().feedProperty().get().forYou() && app.models().feed().view().days() != null
                && !app.models().feed().searchingProperty().get() && list().getItems().size() > 10);
        java.time.LocalDate day = fx(() -> app.models().dayBar().dayProperty().get());
        for (String id : List.of("#day-previous", "#day-next", "#day-picker", "#day-latest", "#day-all")) {
            assertThat(fx(() -> robot.lookup(id).query().isDisabled())).as(id).isTrue();
        }
        select(0);
        typeAtList("[");
        typeAtList("]");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> app.models().dayBar().dayProperty().get())).isEqualTo(day);

        // Back in a day view, they work again.
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> !robot.lookup("#day-previous").query().isDisabled());
    }

    /**
     * A ranked row's badge says what the paper is like, in the words the reading pane's Why names the interest by: a
     * bare "★ starred" on a row whose own star is empty read as "this paper is starred" (seen at 1,280 pixels).
     */
    @Test
    void aRankedRowsBadgeSaysWhichInterestItIsLikeNotThatItIsStarred() throws Exception {
        starProteinsAndOpenForYou();
        await(() -> app.models().feed().forYouReadyProperty().get() && !app.models().feed().searchingProperty().get()
                && list().getItems().size() > 10);
        select(0);
        assertThat(fx(() -> list().getItems().get(0).entry().state().starred())).as("For you leaves starred out")
                .isFalse();
        WrappedText why = robot.lookup("#reader-why-interest").queryAs(WrappedText.class);
        await(() -> why.isVisible() && why.getText().matches(WHY));
        // "Matches ★ starred · score 0.83" or "Closest to ★ starred · score 0.01": the interest's name before its score.
        String interest = fx(() -> why.getText().replaceFirst(WHY, "$2"));
        await(() -> shownCells().stream().anyMatch(c -> c.getIndex() == 0));
        String badge = fx(() -> shownCells().stream().filter(c -> c.getIndex() == 0).findFirst().orElseThrow()
                .lookupAll(".pf-foryou-badge").stream().filter(Node::isVisible).map(n -> ((Label) n).getText())
                .findFirst().orElse(""));

        assertThat(badge).as("the badge of an unstarred paper ranked by the starred papers' interest")
                .isNotEqualTo(interest).startsWith("like ").endsWith(interest);
    }

    /**
     * The Why never claims a match its score denies. Seen on the real library: "Matches ★ starred · 0%" for a paper
     * on nothing the reader starred, and 1% for the top-ranked ones. A paper of another topic than the starred ones
     * is named closest to the interest, with its score; "Matches" is kept for a score of even odds or better.
     */
    @Test
    void theWhyOfAPaperFarFromEveryInterestSaysWhichItIsClosestToNotThatItMatches() throws Exception {
        starProteinsAndOpenForYou();
        await(() -> app.models().feed().forYouReadyProperty().get() && !app.models().feed().searchingProperty().get()
                && list().getItems().size() > 10);
        int last = fx(() -> list().getItems().size()) - 1;
        select(last);
        WrappedText why = robot.lookup("#reader-why-interest").queryAs(WrappedText.class);
        await(() -> why.isVisible() && app.models().reader().whyProperty().get() != null
                && app.models().reader().whyProperty().get().paper().id().value()
                        .equals(list().getItems().get(last).id()));
        double score = fx(() -> app.models().reader().whyProperty().get().score());
        String text = fx(() -> why.getText());

        assertThat(score).as("the last paper For you ranks, of another topic (%s)", text).isLessThan(0.5);
        assertThat(text).doesNotContain("Matches").startsWith("Closest to ★ starred · score ");
        assertThat(text).as("its score, as the CLI's calibrated probability, to two places")
                .isEqualTo(new ForYouMatch("starred", score).describe());
    }

    /**
     * All papers right after For you lists every day: the day bar, still resting when told to leave the day, had
     * stayed on the latest day, so the sidebar said All papers over that day's papers alone.
     */
    @Test
    void allPapersAfterForYouListsEveryDay() throws Exception {
        robot.clickOn(robot.lookup((Node n) -> "sidebar-feed-For you".equals(n.getId())).queryLabeled());
        await(() -> app.models().feed().feedProperty().get().forYou() && app.models().feed().view().days() != null
                && !app.models().feed().searchingProperty().get());

        robot.clickOn(robot.lookup((Node n) -> "sidebar-feed-All papers".equals(n.getId())).queryLabeled());
        await(() -> app.models().feed().feedProperty().get().equals(Feed.ALL)
                && !app.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#day-label").queryLabeled().getText())).isEqualTo("All days");
        int everyPaper = 30 * TopicLibrary.DAYS.size();
        await(() -> robot.lookup("#feed-status").queryLabeled().getText().startsWith(everyPaper + " papers"));
        assertThat(ids()).as("the latest days' papers, newest first: a first page of every day's").hasSize(FeedViewModel.FIRST_PAGE)
                .anyMatch(id -> id.startsWith("2403.4")).anyMatch(id -> !id.startsWith("2403.4"));
    }

    /**
     * In For you the day bar says what the list ranks, the latest day and the days before it, not the latest day's
     * counts: it read "… · 135 papers · 133 unread" above "1,000 best of 1,192 papers" ranked over eight days (found
     * under Xvfb on the real library). Back on the latest day it counts that day again.
     */
    @Test
    void theDayBarSaysForYouRanksTheLatestDayAndTheDaysBefore() throws Exception {
        robot.clickOn(robot.lookup((Node n) -> "sidebar-feed-For you".equals(n.getId())).queryLabeled());
        await(() -> app.models().feed().feedProperty().get().forYou() && app.models().feed().view().days() != null
                && !app.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // The whole label is its tooltip; at this width the label shows a shorter form (DayBarWidthWindowTest).
        String label = fx(() -> robot.lookup("#day-label").queryLabeled().getTooltip().getText());
        assertThat(label).endsWith(" · and the unread of the " + org.paperfeed.app.ForYou.EARLIER_DAYS
                + " days before").doesNotContain(" papers");
        assertThat(fx(() -> robot.lookup("#day-label").queryLabeled().getText()))
                .contains(org.paperfeed.app.ForYou.EARLIER_DAYS + " days").doesNotContain(" papers");

        robot.clickOn(robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("sidebar-feed-Latest day"))
                .queryLabeled());
        await(() -> app.models().feed().feedProperty().get().equals(Feed.TODAY)
                && !app.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#day-label").queryLabeled().getText())).contains(" papers · ")
                .endsWith(" unread");
    }

    /**
     * From For you to another view the list loads once: the day bar stepped to the new view's days first, and the
     * list loaded For you for those days before it loaded the view asked for (two searches where one would do).
     */
    @Test
    void leavingForYouLoadsTheNextViewOnce() throws Exception {
        for (Feed next : List.of(Feed.ALL, Feed.TODAY, Feed.STARRED)) {
            robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.FOR_YOU));
            await(() -> app.models().feed().feedProperty().get().forYou()
                    && !app.models().feed().searchingProperty().get());
            long before = fx(() -> app.models().feed().loads());

            robot.clickOn(robot.lookup((Node n) -> n.getId() != null
                    && n.getId().startsWith("sidebar-feed-" + next.label())).queryLabeled());

            await(() -> app.models().feed().feedProperty().get().equals(next)
                    && !app.models().feed().searchingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> app.models().feed().loads()) - before).as("loads of " + next.label()).isEqualTo(1);
        }
    }

    @Test
    void xTakesAPaperOutAtOnceAndRetrainsInTheBackground() throws Exception {
        for (String id : TopicLibrary.earlier(TopicLibrary.PROTEINS, 4)) {
            app.app().marks().star(id);
        }
        app.app().forYou().retrain();
        trainedOn.clear();
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.FOR_YOU));
        await(() -> app.models().feed().feedProperty().get().forYou() && app.models().feed().view().days() != null
                && !app.models().feed().searchingProperty().get() && list().getItems().size() > 10
                && list().getItems().get(0).match() != null);
        long trainings = fx(() -> app.models().interests().trainingsProperty().get());
        select(0);
        String dismissed = fx(() -> list().getItems().get(0).id());

        typeAtList("x");
        await(() -> !rowIds().contains(dismissed));
        assertThat(fx(() -> robot.lookup("#triage-message").queryLabeled().getText())).startsWith("Not interested: ");

        await(() -> app.models().interests().trainingsProperty().get() > trainings);
        assertThat(trainedOn).isNotEmpty().doesNotContain("fx");
        assertThat(app.app().forYou().interests()).anyMatch(i -> i.key().equals("starred") && i.trainedAt() != null);

        // Starring from the window steers For you the same way.
        trainedOn.clear();
        select(0);
        typeAtList("s");
        await(() -> list().getItems().get(0).entry().state().starred());
        await(() -> !trainedOn.isEmpty());
        assertThat(trainedOn).doesNotContain("fx");
    }

    /** Undo of {@code x} in the For you feed puts the paper back where it was ranked, with the count it had. */
    @Test
    void undoOfXInTheForYouFeedPutsThePaperBackInItsPlace() throws Exception {
        starProteinsAndOpenForYou();
        await(() -> app.models().feed().feedProperty().get().forYou() && !app.models().feed().searchingProperty().get()
                && list().getItems().size() > 10 && list().getItems().get(0).match() != null);
        List<String> ranked = rowIds();
        String status = fx(() -> app.models().feed().statusProperty().get());
        select(0);
        String dismissed = ranked.get(0);
        typeAtList("x");
        await(() -> !rowIds().contains(dismissed));

        robot.clickOn("#undo");

        await(() -> rowIds().contains(dismissed));
        assertThat(rowIds()).as("back in its place").isEqualTo(ranked);
        assertThat(fx(() -> app.models().feed().statusProperty().get()).replaceAll(" · .*", ""))
                .isEqualTo(status.replaceAll(" · .*", ""));
    }

    @Test
    void theInterestsDialogListsEachInterestAndSwitchesOneOff() throws Exception {
        for (String id : TopicLibrary.earlier(TopicLibrary.PROTEINS, 4)) {
            app.app().marks().star(id);
        }
        for (String id : TopicLibrary.earlier(TopicLibrary.ROBOTS, 2)) {
            app.app().marks().tag(id, Set.of("robots"));
        }
        app.app().forYou().retrain();
        robot.clickOn("#interests");
        await(() -> robot.lookup("#interest-state-starred").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#interest-state-starred").queryLabeled().getText()))
                .startsWith("4 papers · trained ");
        assertThat(fx(() -> robot.lookup("#interest-state-tag-robots").queryLabeled().getText()))
                .isEqualTo("2 papers · needs 3 to rank");

        robot.clickOn("#interest-on-starred");
        await(() -> robot.lookup("#interest-state-starred").queryLabeled().getText().equals("4 papers · off"));
        assertThat(app.app().forYou().canRank()).as("the only interest that ranked is off").isFalse();
        robot.clickOn("#interest-on-starred");
        await(() -> app.app().forYou().canRank());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /**
     * The reading pane's Why, while For you ranks nothing, says what For you's own view says: how far the reader has
     * come, and, once the only interest with papers enough is switched off, that it is (it said "star 3 papers" to
     * a reader with four starred). The paper shown meanwhile follows each retraining: it kept "So far: 2 papers
     * starred" after the third star.
     */
    @Test
    void theReadingPanesWhySaysHowFarTheReaderHasComeAndWhenTheirInterestIsSwitchedOff() throws Exception {
        List<String> starred = TopicLibrary.earlier(TopicLibrary.PROTEINS, 4);
        app.app().marks().star(starred.get(0));
        app.app().marks().star(starred.get(1));
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> app.models().feed().view().days() != null && !list().getItems().isEmpty()
                && !app.models().feed().searchingProperty().get());
        select(0);
        await(() -> whyNote().equals(ForYou.HOW_TO_START + " So far: 2 papers starred." + ReaderViewModel.WHY_THEN));

        // The stars that give For you its interest give the shown paper its Why, with no other paper chosen.
        for (String id : starred.subList(2, starred.size())) {
            app.app().marks().star(id);
        }
        await(() -> robot.lookup("#reader-why-interest").queryAs(WrappedText.class).isVisible()
                && robot.lookup("#reader-why-interest").queryAs(WrappedText.class).getText().matches(WHY_STARRED));
        assertThat(fx(this::whyNote)).isEmpty();

        app.app().forYou().setEnabled("starred", false);
        await(() -> whyNote().startsWith("Starred (4 papers) is switched off, so For you has nothing to rank by"));
        assertThat(fx(this::whyNote)).doesNotContain("star at least");
        assertThat(fx(() -> robot.lookup("#reader-why-interest").queryAs(WrappedText.class).isVisible())).isFalse();
    }

    private String whyNote() {
        WrappedText note = robot.lookup("#reader-why-note").queryAs(WrappedText.class);
        return note.isVisible() ? note.getText() : "";
    }

    /** The cells the list shows on the screen (not the one it lays out to measure rows). */
    private List<FeedCell> shownCells() {
        return robot.lookup(".list-cell").queryAll().stream().filter(FeedCell.class::isInstance)
                .map(FeedCell.class::cast).filter(c -> c.isVisible() && c.getItem() != null
                        && c.getParent() != null && c.getParent().isVisible()).toList();
    }

    private Set<String> visibleBadges() {
        return robot.lookup(".pf-foryou-badge").match(Node::isVisible).queryAllAs(Label.class).stream()
                .map(Label::getText).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aSearchInForYouThatFindsNothingSaysSoAndNotThatTheDaysAreDone() throws Exception {
        starProteinsAndOpenForYou();
        await(() -> app.models().feed().forYouReadyProperty().get()
                && !app.models().feed().searchingProperty().get() && !list().getItems().isEmpty());

        robot.interact(() -> app.models().feed().search("quasicrystalline"));
        await(() -> !app.models().feed().searchingProperty().get() && list().getItems().isEmpty());

        String says = fx(() -> ((Label) list().getPlaceholder().lookup("#feed-empty")).getText());
        assertThat(says).as("the search is named, and where every paper can be searched")
                .startsWith("No papers match “quasicrystalline” in For you")
                .contains("All papers (in the sidebar) searches every paper.")
                .doesNotContain("Nothing new")
                .as("For you holds several days, not the day bar's one").doesNotContain("on this day");

        robot.interact(() -> app.models().feed().search(""));
        await(() -> !app.models().feed().searchingProperty().get() && !list().getItems().isEmpty());
    }

    /** Four protein papers starred, For you trained on them, and the For you feed chosen in the sidebar. */
    private void starProteinsAndOpenForYou() throws Exception {
        for (String id : TopicLibrary.earlier(TopicLibrary.PROTEINS, 4)) {
            app.app().marks().star(id);
        }
        app.app().forYou().retrain();
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.FOR_YOU));
    }

    private void select(int index) throws Exception {
        robot.interact(() -> {
            list().getSelectionModel().select(index);
            list().requestFocus();
        });
        await(() -> app.models().reader().paperProperty().get() != null
                && app.models().reader().paperProperty().get().id().value().equals(list().getItems().get(index).id()));
    }

    /** Typed at the list itself: Monocle can leave the keyboard focus on no window after another test's dialog. */
    private void typeAtList(String character) {
        robot.interact(() -> javafx.event.Event.fireEvent(list(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, character, "", javafx.scene.input.KeyCode.UNDEFINED,
                false, false, false, false)));
    }

    /** The rows' ids, read on the FX thread: for conditions, which {@link #await} runs there. */
    private List<String> rowIds() {
        return list().getItems().stream().map(FeedRow::id).toList();
    }

    private List<String> ids() {
        try {
            return fx(() -> list().getItems().stream().map(FeedRow::id).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ListView<FeedRow> list() {
        return app.window().feed().list();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get();
    }
}
