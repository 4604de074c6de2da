package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A date typed into the day bar's date picker: Enter goes to that day, written as the picker names days ("11 Mar
 * 2024") or as ISO writes them ("2024-03-05"). Typing did nothing (the picker was not editable). Text that is not a
 * date ("31 Feb 2024", "soon") goes back to the day shown, never an exception on the FX thread (a DatePicker's
 * converter throwing DateTimeParseException is a classic crash), and Escape puts the text back.
 */
class DatePickerTypingWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    /** What the FX thread threw and did not catch. */
    final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private DatePicker picker;

    @AfterEach
    void handlerBack() {
        if (before != null) {
            window.robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        }
    }

    @Test
    void typingADateAndEnterGoesToThatDay() throws Exception {
        DayBarViewModel bar = startOn(WeekUnreadWindowTest.NEXT_MON);
        type("4 Mar 2024");
        await(() -> WeekUnreadWindowTest.MON.equals(bar.dayProperty().get())
                && bar.labelProperty().get().startsWith("Mon 4 Mar 2024 · 3 papers"));
        await(() -> window.list().getItems().size() == 3 && !window.models().feed().searchingProperty().get());

        type("2024-03-05");
        await(() -> WeekUnreadWindowTest.TUE.equals(bar.dayProperty().get()));
        assertThat(fx(() -> picker().getEditor().getText())).as("named as the picker names days")
                .isEqualTo("5 Mar 2024");

        // A day with no papers is gone to, as a click on it goes, and says so.
        type("1 jun 2026");
        await(() -> LocalDate.of(2026, 6, 1).equals(bar.dayProperty().get())
                && bar.labelProperty().get().equals("Mon 1 Jun 2026 · no papers"));
        assertThat(uncaught).isEmpty();
    }

    /**
     * As a reader writes a day: "4 March 2024", "March 5, 2024", "yesterday" (as the command line's --day takes it),
     * "4 Mar" (the latest 4 March up to today). Each had been refused as "not a date".
     */
    @Test
    void aDayWrittenAsAReaderWritesItGoesThere() throws Exception {
        DayBarViewModel bar = startOn(WeekUnreadWindowTest.NEXT_MON);
        type("4 March 2024");
        await(() -> WeekUnreadWindowTest.MON.equals(bar.dayProperty().get()));
        type("March 5, 2024");
        await(() -> WeekUnreadWindowTest.TUE.equals(bar.dayProperty().get()));
        LocalDate today = LocalDate.now();
        type("yesterday");
        await(() -> today.minusDays(1).equals(bar.dayProperty().get()) || today.equals(bar.dayProperty().get()));
        type("4 Mar");
        LocalDate thisYears = LocalDate.of(today.getYear(), 3, 4);
        LocalDate latest = thisYears.isAfter(today) ? thisYears.minusYears(1) : thisYears;
        await(() -> latest.equals(bar.dayProperty().get()));
        assertThat(fx(() -> ((javafx.scene.control.Label) window.app.window().lookup("#day-typed-note")).getText()))
                .as("nothing called not a date").isEmpty();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void textThatIsNoDateGoesBackToTheDayShownWithoutAnException() throws Exception {
        DayBarViewModel bar = startOn(WeekUnreadWindowTest.MON);
        for (String text : new String[] {"31 Feb 2024", "soon", "2024-13-40"}) {
            type(text);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> ((javafx.scene.control.Label) window.app.window().lookup("#day-typed-note"))
                    .getText())).as("what the bar says of %s", text).isEqualTo("“" + text + "” is not a date");
            assertThat(fx(() -> bar.dayProperty().get())).as("the day after typing %s", text)
                    .isEqualTo(WeekUnreadWindowTest.MON);
            assertThat(fx(() -> picker().getEditor().getText())).as("the picker after %s", text)
                    .isEqualTo("4 Mar 2024");
        }
        assertThat(uncaught).as("exceptions the FX thread did not catch").isEmpty();

        // Escape puts the day shown back, the typed text dropped.
        window.robot.clickOn(picker().getEditor());
        window.robot.interact(() -> picker().getEditor().selectAll());
        window.robot.write("12 Mar");
        window.robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> picker().getEditor().getText())).isEqualTo("4 Mar 2024");
        assertThat(fx(() -> bar.dayProperty().get())).isEqualTo(WeekUnreadWindowTest.MON);
        assertThat(uncaught).isEmpty();
    }

    /** Replaces the picker's text with {@code text} as typed, then Enter. */
    private void type(String text) throws Exception {
        window.robot.clickOn(picker().getEditor());
        window.robot.interact(() -> picker().getEditor().selectAll());
        window.robot.write(text);
        window.robot.type(KeyCode.ENTER);
    }

    /** The day bar's picker, found once the window is up (a node the window keeps). */
    private DatePicker picker() {
        return picker;
    }

    /** {@link WeekUnreadWindowTest}'s days, the window on {@code day}, the FX thread's uncaught exceptions kept. */
    private DayBarViewModel startOn(LocalDate day) throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            for (LocalDate listed : List.of(WeekUnreadWindowTest.MON, WeekUnreadWindowTest.TUE,
                    WeekUnreadWindowTest.WED, WeekUnreadWindowTest.NEXT_MON)) {
                app.imports().importBytes(WeekUnreadWindowTest.hfDaily(listed,
                        WeekUnreadWindowTest.LISTED.get(listed)), "day " + listed, "HF daily", "application/json");
            }
        }
        window.start(dir);
        picker = fx(() -> (DatePicker) window.app.window().lookup("#day-picker"));
        window.robot.interact(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        });
        DayBarViewModel bar = window.models().dayBar();
        await(() -> bar.countedProperty().get());
        window.robot.interact(() -> bar.dayProperty().set(day));
        await(() -> day.equals(bar.dayProperty().get()) && bar.labelProperty().get().contains(" unread"));
        return bar;
    }
}
