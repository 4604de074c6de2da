package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.model.DayUnit;

/**
 * A week's and a month's label count their papers as a day's does: "Week of Mon 4 Mar 2024 · 4 papers · 3 unread",
 * distinct papers (one listed on two days of the week counts once), papers the reader is not interested in left out.
 * They said only how many of their days had papers, and a reader catching up on a week could not tell how much was
 * left. A read mark takes a paper out of the week's unread, as out of its day's.
 */
class WeekUnreadWindowTest {

    static final LocalDate MON = LocalDate.of(2024, 3, 4);
    static final LocalDate TUE = LocalDate.of(2024, 3, 5);
    static final LocalDate WED = LocalDate.of(2024, 3, 6);
    static final LocalDate NEXT_MON = LocalDate.of(2024, 3, 11);
    /** Each day's papers: 2403.90003 is listed on Monday and on Tuesday. */
    static final Map<LocalDate, List<String>> LISTED = Map.of(
            MON, List.of("2403.90001", "2403.90002", "2403.90003"),
            TUE, List.of("2403.90003", "2403.90004"),
            WED, List.of("2403.90005"),
            NEXT_MON, List.of("2403.90006"));
    static final String READ = "2403.90001";
    static final org.paperfeed.model.DayRange MON_WEEK = DayUnit.WEEK.rangeOf(MON);
    static final String NOT_INTERESTED = "2403.90005";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aWeeksAndAMonthsLabelCountTheirDistinctPapersAndUnread() throws Exception {
        startOnMonday();
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> bar.unitProperty().set(DayUnit.WEEK));
        String week = "Week of Mon 4 Mar 2024 · " + counts(MON, MON.plusDays(6), Set.of());
        assertThat(week).as("the test's own count").endsWith("4 papers · 3 unread");
        awaitLabel(bar, week);
        assertThat(fx(() -> ((javafx.scene.control.Label) window.app.window().lookup("#day-label")).getTooltip()
                .getText())).isEqualTo(week);

        window.robot.interact(() -> bar.unitProperty().set(DayUnit.MONTH));
        String month = "March 2024 · " + counts(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), Set.of());
        assertThat(month).endsWith("5 papers · 4 unread");
        awaitLabel(bar, month);
    }

    @Test
    void aReadMarkTakesThePaperOutOfTheWeeksUnread() throws Exception {
        startOnMonday();
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> bar.unitProperty().set(DayUnit.WEEK));
        awaitLabel(bar, "Week of Mon 4 Mar 2024 · " + counts(MON, MON.plusDays(6), Set.of()));
        await(() -> window.list().getItems().size() == 4 && !window.models().feed().searchingProperty().get());

        String marked = "2403.90003";
        int row = fx(() -> window.list().getItems().stream().map(FeedRow::id).toList().indexOf(marked));
        window.robot.interact(() -> window.list().getSelectionModel().select(row));
        await(() -> window.models().reader().paperProperty().get() != null
                && window.models().reader().paperProperty().get().id().value().equals(marked));
        String after = "Week of Mon 4 Mar 2024 · " + counts(MON, MON.plusDays(6), Set.of(marked));
        assertThat(after).endsWith("4 papers · 2 unread");
        // At once, as the day's: the save is held back (the library's writes wait for its lock) while the label
        // already counts the mark, once although the paper is listed on two of the week's days.
        org.paperfeed.library.PaperLibrary library = window.library();
        synchronized (library) {
            window.typeAtList("m");
            WindowFixture.within(2, () -> bar.labelProperty().get().equals(after));
        }
        // Saved and recounted: the recount holds the mark, and the mark is not laid over it again.
        await(() -> savedUnread(MON_WEEK) == 2);
        for (int i = 0; i < 20; i++) {
            assertThat(fx(() -> bar.labelProperty().get())).as("%d ms after the save", i * 50).isEqualTo(after);
            Thread.sleep(50);
        }
    }

    /**
     * "N papers · M unread" of the papers listed from {@code first} to {@code last}, counted from the test's own
     * listings: each paper once, the one not interested left out, {@link #READ} and {@code alsoRead} read.
     */
    private static String counts(LocalDate first, LocalDate last, Set<String> alsoRead) {
        Set<String> papers = new LinkedHashSet<>();
        LISTED.forEach((day, ids) -> {
            if (!day.isBefore(first) && !day.isAfter(last)) {
                papers.addAll(ids);
            }
        });
        papers.remove(NOT_INTERESTED);
        long unread = papers.stream().filter(id -> !id.equals(READ) && !alsoRead.contains(id)).count();
        return papers.size() + " papers · " + unread + " unread";
    }

    /** The span's unread as the library counts it now: the marks saved. */
    private int savedUnread(org.paperfeed.model.DayRange span) {
        try {
            return window.app.app().browse().counts().span(span).orElseThrow().unread();
        } catch (org.paperfeed.app.PaperFeedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitLabel(DayBarViewModel bar, String expected) throws Exception {
        try {
            await(() -> bar.labelProperty().get().equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the label reads \"" + fx(() -> bar.labelProperty().get()) + "\", not \""
                    + expected + "\"", e);
        }
    }

    /** The test's days imported as Hugging Face lists them, one mark of each kind made, and the window on Monday. */
    private void startOnMonday() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            for (LocalDate day : List.of(MON, TUE, WED, NEXT_MON)) {
                app.imports().importBytes(hfDaily(day, LISTED.get(day)), "day " + day, "HF daily",
                        "application/json");
            }
            app.marks().markRead(READ);
            app.marks().notInterested(NOT_INTERESTED);
        }
        window.start(dir);
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().unbind());
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().set(false));
        DayBarViewModel bar = window.models().dayBar();
        await(() -> bar.countedProperty().get());
        window.robot.interact(() -> bar.dayProperty().set(MON));
        await(() -> bar.labelProperty().get().startsWith("Mon 4 Mar 2024 · "));
    }

    static byte[] hfDaily(LocalDate day, List<String> ids) {
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            String title = "Paper " + id;
            json.append(json.length() == 1 ? "" : ",").append("{\"paper\":{\"id\":\"").append(id)
                    .append("\",\"title\":\"").append(title).append("\",\"summary\":\"About ").append(id)
                    .append(".\",\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\"").append(day)
                    .append("T08:00:00.000Z\",\"submittedOnDailyAt\":\"").append(day)
                    .append("T10:00:00.000Z\",\"upvotes\":1},\"title\":\"").append(title).append("\"}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
