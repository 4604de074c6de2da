package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.ListView;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.SortOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The daily briefing in the real window, fed by a local server: Hugging Face daily digests for three days (one
 * source per date, as a catch-up would fetch them) and an arXiv listing for the last one. The day bar steps through
 * exactly those days with their counts, a paper both list is one row showing both, "Mark all read" in a day marks
 * that day and Undo puts it back, {@code x} takes a paper out of the day, and marking never reorders a day.
 */
class DayViewWindowTest {

    static final LocalDate THU = LocalDate.of(2024, 3, 7);
    static final LocalDate FRI = LocalDate.of(2024, 3, 8);
    static final LocalDate MON = LocalDate.of(2024, 3, 11);
    /** Listed by Hugging Face on Monday and by arXiv's cs.CV listing the same day. */
    static final String BOTH = "2403.01234";

    /** Each day's papers as Hugging Face lists them: id and upvotes, in the page's order. */
    static final Map<LocalDate, List<Object[]>> HF = Map.of(
            THU, List.of(paper("2403.10001", 3), paper("2403.10002", 30), paper("2403.10003", 8),
                    paper("2403.10004", 1)),
            FRI, List.of(paper("2403.20001", 12), paper("2403.20002", 2), paper("2403.20003", 40)),
            MON, List.of(paper(BOTH, 50), paper("2403.30002", 5), paper("2403.30003", 20), paper("2403.30004", 9),
                    paper("2403.30005", 0)));

    @StartStop
    final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    PaperFeedApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String date = request.getUrl().queryParameter("date");
                if (date != null) {
                    return body("application/json", hfDaily(LocalDate.parse(date)));
                }
                return body("application/rss+xml", arxivListing());
            }
        });
        // Thursday is already in the library (so the window has no first run and no sample); the refresh brings the
        // rest, and Thursday again.
        try (AppServices seed = TestLibrary.open(dir)) {
            seed.imports().importBytes(hfDaily(THU).getBytes(StandardCharsets.UTF_8), "thursday", "HF daily",
                    "application/json");
        }
        List<Source> sources = new ArrayList<>();
        for (LocalDate day : List.of(THU, FRI, MON)) {
            sources.add(TestSources.hfDaily("HF daily " + day, server.url("/api/daily_papers?date=" + day).toString()));
        }
        sources.add(new Source("arXiv cs.CV new", server.url("/rss/cs.CV").toString(), DigestFormat.RSS, true, false));
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.of(sources.toArray(Source[]::new)),
                url -> { });
        app = WindowFixture.launch(startup);
        await(() -> !app.models().refresh().runningProperty().get() && server.getRequestCount() == 4);
        await(() -> app.models().dayBar().countsProperty().get().size() == 3);
        // Selecting rows must not mark them read here: the counts are what is being checked.
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
    void theDayBarStepsThroughExactlyTheDaysWithPapersAndAPaperListedTwiceIsOneRow() throws Exception {
        focusList();
        robot.write("]");
        await(() -> dayLabel().equals("Mon 11 Mar 2024 · 6 papers · 6 unread"));
        await(() -> list().getItems().size() == 6);
        List<FeedRow> both = fx(() -> list().getItems().stream().filter(r -> r.id().equals(BOTH)).toList());
        assertThat(both).as("a paper Hugging Face and arXiv both listed is one row").hasSize(1);
        String badges = ListingText.compact(both.get(0).entry().paper());
        assertThat(badges).contains("HF daily 2024-03-11 #1", "▲50", "arXiv cs.CV");
        assertThat(fx(() -> robot.lookup(".pf-row-listings").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList())).contains(badges);

        robot.write("[");
        await(() -> dayLabel().equals("Fri 8 Mar 2024 · 3 papers · 3 unread") && list().getItems().size() == 3);
        robot.write("[");
        await(() -> dayLabel().equals("Thu 7 Mar 2024 · 4 papers · 4 unread") && list().getItems().size() == 4);
        robot.write("[");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dayLabel()).as("nothing before the first day").startsWith("Thu 7 Mar 2024");
        robot.write("]");
        await(() -> dayLabel().startsWith("Fri 8 Mar 2024"));
        robot.write("]");
        await(() -> dayLabel().startsWith("Mon 11 Mar 2024"));
        robot.write("]");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dayLabel()).as("nothing after the latest day").startsWith("Mon 11 Mar 2024");

        // A week steps over the weekend and the days between: Monday's week, then the week of 4 March (Thursday's 4
        // papers and Friday's 3), each counting its papers as a day does.
        robot.clickOn("#unit-week");
        await(() -> dayLabel().equals("Week of Mon 11 Mar 2024 · 6 papers · 6 unread")
                && list().getItems().size() == 6);
        robot.write("[");
        await(() -> dayLabel().equals("Week of Mon 4 Mar 2024 · 7 papers · 7 unread")
                && list().getItems().size() == 7);

        // The keys are ignored while typing: "[" in the search field is text.
        robot.clickOn("#search").write("[");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dayLabel()).startsWith("Week of Mon 4 Mar 2024");
        assertThat(fx(() -> app.window().feed().searchField().getText())).isEqualTo("[");
    }

    /**
     * ◀ and ▶ stay where they are from day to day, so clicking one again and again steps on: ▶ sat after the day's
     * label and moved with its length (482, 491, 497 px on three days at 144k, in a window wide enough for the whole
     * label), and a repeated click could miss it. Both now come before the label, which alone changes length.
     */
    @Test
    void thePreviousAndNextButtonsStayPutWhateverTheDaysLabelSays() throws Exception {
        java.util.Set<Double> previous = new java.util.HashSet<>();
        java.util.Set<Double> next = new java.util.HashSet<>();
        for (LocalDate day : List.of(THU, FRI, MON)) {
            showDay(day);
            WaitForAsyncUtils.waitForFxEvents();
            previous.add(fx(() -> bounds("#day-previous").getMinX()));
            next.add(fx(() -> bounds("#day-next").getMinX()));
            assertThat(fx(() -> bounds("#day-next").getMaxX())).as("▶ before the label")
                    .isLessThanOrEqualTo(fx(() -> bounds("#day-label").getMinX()));
        }
        assertThat(previous).as("◀'s place").hasSize(1);
        assertThat(next).as("▶'s place").hasSize(1);
    }

    /**
     * What follows the day's label (the picker, Latest, All days, the units) stays put from day to day too: it moved
     * with the label's length ("Fri 8 Mar 2024 · 3 papers" to "Mon 11 Mar 2024 · 6 papers"), and with it the button
     * a user was about to click.
     */
    @Test
    void theControlsAfterTheDaysLabelStayPutFromDayToDay() throws Exception {
        // Room for the whole label, as at 1,440 pixels (docs/screenshot.png): the headless screen is 1,280 wide, so
        // the bar's words are made smaller instead. With too little room the label is cut to fit and moves nothing.
        robot.interact(() -> {
            app.stage().setWidth(1280);
            robot.lookup("#day-bar").query().setStyle("-fx-font-size: 9px;");
        });
        java.util.Map<String, java.util.Set<Double>> places = new java.util.HashMap<>();
        for (LocalDate day : List.of(FRI, MON, THU)) {
            showDay(day);
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#day-picker", "#day-latest", "#day-all", "#unit-week")) {
                places.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(fx(() -> bounds(id).getMinX()));
            }
        }
        places.forEach((id, xs) -> assertThat(xs).as("%s's places", id).hasSize(1));
    }

    private javafx.geometry.Bounds bounds(String id) {
        javafx.scene.Node node = robot.lookup(id).query();
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void markAllReadInADayMarksExactlyThatDayAndUndoPutsItBack() throws Exception {
        showDay(FRI);
        robot.clickOn("#mark-all-read");
        try {
            awaitChecked(() -> unread(FRI) == 0);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Friday still has " + unread(FRI) + " unread; the toolbar says: "
                    + fx(() -> app.models().triage().messageProperty().get()), e);
        }
        assertThat(unread(THU)).as("other days untouched").isEqualTo(4);
        assertThat(unread(MON)).isEqualTo(6);
        awaitChecked(() -> fx(() -> list().getItems().stream().allMatch(r -> r.entry().state().read())));
        assertThat(fx(() -> robot.lookup("#triage-message").queryLabeled().getText()))
                .isEqualTo("Marked 3 papers read");

        robot.clickOn("#undo");
        awaitChecked(() -> unread(FRI) == 3);
        awaitChecked(() -> fx(() -> list().getItems().stream().noneMatch(r -> r.entry().state().read())));
        assertThat(unread(THU)).isEqualTo(4);
        assertThat(unread(MON)).isEqualTo(6);
        assertThat(fx(() -> robot.lookup("#undo").query().isVisible())).isFalse();

        // x: not interested. The paper leaves the day at once and is not counted; Undo brings it back.
        robot.interact(() -> list().getSelectionModel().select(0));
        String dismissed = fx(() -> list().getItems().get(0).id());
        await(() -> app.models().reader().paperProperty().get() != null);
        focusList();
        robot.write("x");
        await(() -> list().getItems().size() == 2 && dayLabel().equals("Fri 8 Mar 2024 · 2 papers · 2 unread"));
        assertThat(fx(() -> list().getItems().stream().map(FeedRow::id).toList())).doesNotContain(dismissed);
        robot.clickOn("#undo");
        await(() -> list().getItems().size() == 3 && dayLabel().equals("Fri 8 Mar 2024 · 3 papers · 3 unread"));
    }

    /**
     * {@code x} moves on to the next paper, as a mail reader's delete does: the selection had fallen back to the paper
     * above, so the reading pane showed (and, reading as shown, marked read) a paper already dealt with, and a second
     * {@code x} would have dismissed it.
     */
    @Test
    void notInterestedMovesOnToTheNextPaperNeverBackToThePreviousOne() throws Exception {
        showDay(MON);
        List<String> before = ids();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> app.models().reader().paperProperty().addListener((obs, old, paper) -> {
            // Papers shown, not a shown paper's new marks (x shows on the paper at once, before the list moves on).
            if (paper != null && (old == null || !old.id().equals(paper.id()))) {
                shown.add(paper.id().value());
            }
        }));
        select(2);
        robot.interact(shown::clear);
        typeAtList("x");
        await(() -> list().getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> list().getSelectionModel().getSelectedItem().id())).isEqualTo(before.get(3));
        assertThat(fx(() -> app.models().reader().paperProperty().get().id().value())).isEqualTo(before.get(3));
        assertThat(fx(() -> List.copyOf(shown))).as("papers the reading pane showed after x")
                .containsExactly(before.get(3));
        // The line under the search counts what the list holds, as the day bar does.
        assertThat(fx(() -> robot.lookup("#feed-status").queryLabeled().getText())).startsWith("5 papers");

        // The last row has no next one: the one above it is shown.
        select(4);
        typeAtList("x");
        await(() -> list().getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> list().getSelectionModel().getSelectedItem().id())).isEqualTo(before.get(4));
    }

    /**
     * Ctrl+Z takes back the last {@code x} as the toolbar's Undo does (there was no key for it); typed in the search
     * field it is the field's own undo and leaves the marks alone.
     */
    @Test
    void ctrlZTakesBackTheLastXButNotInTheSearchField() throws Exception {
        showDay(MON);
        List<String> before = ids();
        select(1);
        typeAtList("x");
        await(() -> list().getItems().size() == 5);
        robot.interact(() -> list().requestFocus());

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);

        await(() -> list().getItems().size() == 6);
        assertThat(ids()).isEqualTo(before);

        select(1);
        typeAtList("x");
        await(() -> list().getItems().size() == 5);
        robot.clickOn("#search");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> list().getItems().size())).as("in the search field, not the marks' undo").isEqualTo(5);
    }

    /**
     * A starred paper's star is the star colour, in its row and on the pane's Star button, where an unstarred one is
     * a grey outline: the stylesheets named a state the code never set, so a star differed by its shape alone.
     */
    @Test
    void aStarredPapersStarIsColouredInItsRowAndInThePane() throws Exception {
        showDay(MON);
        await(() -> !app.models().feed().searchingProperty().get() && list().getItems().size() == 6);
        String starred = fx(() -> list().getItems().get(0).id());
        app.app().marks().star(starred);
        select(0);
        await(() -> list().getItems().get(0).entry().state().starred());
        await(() -> "Starred".equals(robot.lookup("#reader-star").queryButton().getText()));
        WaitForAsyncUtils.waitForFxEvents();

        java.util.Map<Boolean, java.util.Set<javafx.scene.paint.Paint>> rowStars = fx(() -> robot
                .lookup(".pf-row").queryAll().stream()
                .filter(n -> n.getParent() instanceof FeedCell cell && cell.getItem() != null)
                .collect(java.util.stream.Collectors.groupingBy(
                        n -> ((FeedCell) n.getParent()).getItem().entry().state().starred(),
                        java.util.stream.Collectors.mapping(n -> starColour(n), java.util.stream.Collectors.toSet()))));
        assertThat(rowStars.get(true)).as("starred rows' stars").hasSize(1);
        assertThat(rowStars.get(false)).as("unstarred rows' stars").hasSize(1);
        assertThat(rowStars.get(true)).as("a starred star is not coloured as an unstarred one")
                .doesNotContainAnyElementsOf(rowStars.get(false));
        javafx.scene.paint.Paint paneStar = fx(() -> ((org.kordamp.ikonli.javafx.FontIcon) robot.lookup("#reader-star")
                .queryButton().getGraphic()).getIconColor());
        assertThat(rowStars.get(true)).as("the pane's star as the row's").containsExactly(paneStar);
    }

    private static javafx.scene.paint.Paint starColour(javafx.scene.Node row) {
        return ((org.kordamp.ikonli.javafx.FontIcon) row.lookup(".pf-star .ikonli-font-icon")).getIconColor();
    }

    @Test
    void starringReadingAndTaggingInADayThenReloadingKeepsTheOrder() throws Exception {
        showDay(MON);
        for (String sort : List.of("#sort-trending", "#sort-date")) {
            robot.clickOn(sort);
            SortOrder expected = sort.endsWith("trending") ? SortOrder.TRENDING : SortOrder.DATE;
            await(() -> app.models().feed().sortProperty().get() == expected);
            await(() -> !app.models().feed().searchingProperty().get() && list().getItems().size() == 6);
            List<String> before = ids();
            if (expected == SortOrder.TRENDING) {
                assertThat(before).as("most upvoted first").startsWith(BOTH, "2403.30003", "2403.30004");
            }
            // Star a row, read another, tag the last, each through the window. The rows are chosen by their marks,
            // not by position: in Date order papers listed the same day are ordered by when they were added, which
            // depends on which source the refresh finished first, so the second row in Date order can be the
            // paper already starred in Trending order, and "s" would unstar it (why this test once failed only
            // in the whole suite, where the machine is loaded).
            // The keys are typed at the list itself: this test is about order, and in a full build an earlier
            // window test can leave Monocle's keyboard focus on no window (the keys themselves are tested in
            // PaperFeedWindowTest).
            int starRow = indexWhere(r -> !r.entry().state().starred(), -1);
            select(starRow);
            typeAtList("s");
            await(() -> list().getItems().get(starRow).entry().state().starred());
            int readRow = indexWhere(r -> !r.entry().state().read(), starRow);
            select(readRow);
            typeAtList("m");
            await(() -> list().getItems().get(readRow).entry().state().read());
            select(5);
            robot.interact(() -> app.models().reader().addTag("later"));
            await(() -> list().getItems().get(5).entry().state().tags().contains("later"));
            assertThat(ids()).as("marking never moves a row").isEqualTo(before);

            robot.interact(() -> app.models().feed().reload());
            await(() -> !app.models().feed().searchingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ids()).as("a reload keeps the order (" + sort + ")").isEqualTo(before);
        }
        // The choice is remembered for this view: back to All days and into the day again, Date is still chosen.
        robot.clickOn("#day-all");
        await(() -> app.models().feed().sortProperty().get() == SortOrder.DATE);
        robot.clickOn("#sort-trending");
        showDay(MON);
        await(() -> app.models().feed().sortProperty().get() == SortOrder.DATE);
    }

    @Test
    void aMuteRuleTypedInTheWindowSaysWhatItWillHideAndThenHidesExactlyThatAndSaysSo() throws Exception {
        robot.clickOn("#mute-rules");
        await(() -> robot.lookup("#mute-rule-query").tryQuery().isPresent());
        // The field has the focus, which hides its examples: the line under it says what a rule is.
        await(() -> robot.lookup("#mute-rule-query").query().isFocused());
        assertThat(fx(() -> robot.lookup("#mute-rule-preview").queryLabeled().getText()))
                .startsWith("A rule is a search").contains("cat:cs.CV");
        robot.clickOn("#mute-rule-query").write("listed:2024-03-08");
        await(() -> robot.lookup("#mute-rule-preview").queryLabeled().getText()
                .equals("Would hide 3 papers (3 matches)"));
        robot.clickOn("#mute-rule-query").eraseText("listed:2024-03-08".length());
        await(() -> robot.lookup("#mute-rule-preview").queryLabeled().getText().startsWith("A rule is a search"));
        robot.clickOn("#mute-rule-query").write("listed:2024-03-08");
        await(() -> robot.lookup("#mute-rule-preview").queryLabeled().getText()
                .equals("Would hide 3 papers (3 matches)"));
        robot.clickOn("#mute-rule-add");
        await(() -> app.models().dayBar().countsProperty().get().size() == 2);
        assertThat(app.models().dayBar().count(FRI)).as("Friday's papers are all muted").isEmpty();
        assertThat(fx(() -> app.models().muteRules().rules().stream().map(r -> r.query()).toList()))
                .containsExactly("listed:2024-03-08");
        String id = fx(() -> app.models().muteRules().rules().get(0).id());
        await(() -> robot.lookup("#mute-rule-hides-" + id).tryQuery().isPresent()
                && robot.lookup("#mute-rule-hides-" + id).queryLabeled().getText().equals("hides 3 papers"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> app.models().sidebar().selectedProperty().set(Feed.MUTED));
        await(() -> list().getItems().size() == 3);
    }

    /**
     * Keys typed while the date picker holds the focus are not commands: "6/28/2026" typed there had its "/" jump to
     * the search field, which searched "28/2026". Once its calendar closes, the list has the keys again.
     */
    @Test
    void keysTypedInTheDatePickerAreNotCommandsAndTheListHasThemBackAfter() throws Exception {
        javafx.scene.control.DatePicker picker = robot.lookup("#day-picker").query();
        robot.interact(picker::requestFocus);
        await(picker::isFocused);
        robot.write("6/28/2026");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> app.window().feed().searchField().getText())).as("the search").isEmpty();
        assertThat(fx(() -> app.window().feed().searchField().isFocused())).isFalse();

        robot.interact(picker::show);
        robot.interact(picker::hide);
        await(() -> list().isFocused());
    }

    /** A rule the library refuses stays in its field, beside the reason, to be put right: it had been emptied. */
    @Test
    void aMuteRuleRefusedStaysInItsFieldToBePutRight() throws Exception {
        robot.clickOn("#mute-rules");
        await(() -> robot.lookup("#mute-rule-query").tryQuery().isPresent());
        robot.clickOn("#mute-rule-query").write("title:(");
        robot.clickOn("#mute-rule-add");
        await(() -> !app.models().muteRules().errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> robot.lookup("#mute-rule-query").queryTextInputControl().getText())).isEqualTo("title:(");
        assertThat(fx(() -> app.models().muteRules().rules())).isEmpty();

        robot.clickOn("#mute-rule-query").eraseText(1).write("survey");
        assertThat(fx(() -> robot.lookup("#mute-rule-query").queryTextInputControl().getText()))
                .isEqualTo("title:survey");
        robot.clickOn("#mute-rule-add");
        try {
            await(() -> app.models().muteRules().rules().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not added: " + fx(() -> app.models().muteRules().errorProperty().get()), e);
        }
        await(() -> robot.lookup("#mute-rule-query").queryTextInputControl().getText().isEmpty());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    private void showDay(LocalDate day) throws Exception {
        robot.interact(() -> app.models().dayBar().dayProperty().set(day));
        await(() -> dayLabel().startsWith(DayBarViewModel.longDay(day)));
        await(() -> app.models().feed().view().days() != null && !app.models().feed().searchingProperty().get()
                && list().getItems().size() == app.models().dayBar().count(day).map(DayCount::papers).orElse(-1));
    }

    /** The first row (from the second on, then the first) that {@code wanted} accepts, other than {@code other}. */
    private int indexWhere(java.util.function.Predicate<FeedRow> wanted, int other) throws Exception {
        return fx(() -> {
            List<FeedRow> rows = list().getItems();
            for (int i = 1; i <= rows.size(); i++) {
                int index = i % rows.size();
                if (index != other && wanted.test(rows.get(index))) {
                    return index;
                }
            }
            throw new AssertionError("no row fits");
        });
    }

    private void typeAtList(String character) {
        robot.interact(() -> javafx.event.Event.fireEvent(list(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, character, "", javafx.scene.input.KeyCode.UNDEFINED,
                false, false, false, false)));
    }

    private void select(int index) throws Exception {
        robot.interact(() -> {
            list().getSelectionModel().select(index);
            list().requestFocus();
        });
        await(() -> app.models().reader().paperProperty().get() != null
                && app.models().reader().paperProperty().get().id().value().equals(list().getItems().get(index).id()));
        // A key typed before the list holds the focus goes elsewhere: on a loaded machine the focus request can
        // still be pending here.
        await(() -> list().isFocused());
    }

    private void focusList() {
        robot.interact(() -> list().requestFocus());
    }

    private List<String> ids() throws Exception {
        return fx(() -> list().getItems().stream().map(FeedRow::id).toList());
    }

    private int unread(LocalDate day) throws Exception {
        return app.app().browse().days(10).stream().filter(c -> c.day().equals(day)).findFirst()
                .map(DayCount::unread).orElse(-1);
    }

    private String dayLabel() {
        return app.models().dayBar().labelProperty().get();
    }

    private ListView<FeedRow> list() {
        return app.window().feed().list();
    }

    private static Object[] paper(String id, int upvotes) {
        return new Object[] {id, upvotes};
    }

    /** The Hugging Face daily papers API's answer for one date. */
    static String hfDaily(LocalDate day) {
        StringBuilder json = new StringBuilder("[");
        List<Object[]> papers = HF.get(day);
        for (int i = 0; i < papers.size(); i++) {
            String id = (String) papers.get(i)[0];
            json.append(i == 0 ? "" : ",").append("{\"paper\":{\"id\":\"").append(id)
                    .append("\",\"title\":\"Paper ").append(id).append(" on ").append(day)
                    .append("\",\"summary\":\"An abstract of paper ").append(id)
                    .append(".\",\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\"").append(day)
                    .append("T08:00:00.000Z\",\"submittedOnDailyAt\":\"").append(day)
                    .append("T10:00:00.000Z\",\"upvotes\":").append(papers.get(i)[1])
                    .append("},\"title\":\"Paper ").append(id).append("\",\"numComments\":").append(i).append('}');
        }
        return json.append(']').toString();
    }

    /** arXiv's cs.CV listing for Monday: the paper Hugging Face also listed, and one only arXiv has. */
    static String arxivListing() {
        StringBuilder rss = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<rss version=\"2.0\" "
                + "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel><title>cs.CV updates on arXiv.org</title><link>http://rss.arxiv.org/rss/cs.CV</link>"
                + "<description>cs.CV updates</description><pubDate>Mon, 11 Mar 2024 00:00:00 -0400</pubDate>");
        for (String id : List.of(BOTH, "2403.39999")) {
            rss.append("<item><title>Paper ").append(id).append(" as arXiv titles it</title>")
                    .append("<link>https://arxiv.org/abs/").append(id).append("</link>")
                    .append("<description>arXiv:").append(id).append("v1 Announce Type: new \nAbstract: Abstract of ")
                    .append(id).append(".</description><guid isPermaLink=\"false\">oai:arXiv.org:").append(id)
                    .append("v1</guid><category>cs.CV</category><pubDate>Mon, 11 Mar 2024 00:00:00 -0400</pubDate>")
                    .append("<arxiv:announce_type>new</arxiv:announce_type><dc:creator>Ada Lovelace</dc:creator>")
                    .append("</item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    private static MockResponse body(String type, String text) {
        return new MockResponse.Builder().setHeader("Content-Type", type).body(text).build();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitChecked(Check condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.ok());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get();
    }
}
