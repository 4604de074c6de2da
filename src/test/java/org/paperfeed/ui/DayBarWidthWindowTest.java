package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.WindowLayout;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The day bar in a window of the default size: every button says its whole word ("Latest", "Week", "Relevance"),
 * never "L…" or "W…" (seen on screen at 1,280 pixels, where the day's long label kept its width and the buttons
 * gave theirs up); the day's label keeps its counts, shortening its date first, with the whole label in its tooltip.
 */
class DayBarWidthWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void atTheDefaultWidthNoDayBarButtonIsCutShort() throws Exception {
        dayBarAt(WindowLayout.DEFAULT.width());
    }

    /**
     * At 900 pixels, a size the user guide says fits, the orders move to a row of their own under the days and every
     * button keeps its word: in one row they had all shrunk to "…" (seen at 144k).
     */
    @Test
    void at900PixelsNoDayBarButtonIsCutShortEither() throws Exception {
        dayBarAt(900);
        assertThat(fx(() -> window.app.window().lookup("#day-bar-orders").isVisible())).isTrue();
        window.robot.interact(() -> window.app.stage().setWidth(WindowLayout.DEFAULT.width()));
    }

    /**
     * Short of room for the day's whole label, the label gives way (a shorter form, or cut) and the date picker keeps
     * its width: at 1,280 pixels on a real screen, with "Tue 30 Dec 2025 · 284 papers · 284 unread", the picker was
     * squeezed to show "12/".
     */
    @Test
    void whenTheDaysLabelIsCutTheDatePickerStillShowsTheWholeDate() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        Label day = fx(() -> (Label) window.app.window().lookup("#day-label"));
        await(() -> day.getText() != null && day.getText().contains("papers"));
        WaitForAsyncUtils.waitForFxEvents();
        // Room for every word and the label's date, not for the label's counts: half its counts' width short. (The
        // label's own preferred width holds room for longer labels too: the text's width is what counts here.)
        window.robot.interact(() -> {
            Region bar = (Region) window.app.window().lookup("#day-bar");
            javafx.scene.text.Text whole = new javafx.scene.text.Text(window.models().dayBar().labelProperty().get());
            whole.setFont(day.getFont());
            double text = whole.getLayoutBounds().getWidth() + day.getPadding().getLeft() + day.getPadding().getRight();
            double wanted = bar.prefWidth(-1) - day.prefWidth(-1) + day.minWidth(-1) + (text - day.minWidth(-1)) / 2;
            // No wider than the screen (the headless one is 1,280 pixels; a window past it fails to draw): the label
            // is short of room there too, now that the picker is wide enough for "28 May 2026".
            window.app.stage().setWidth(Math.min(window.app.stage().getWidth() - bar.getWidth() + wanted,
                    javafx.stage.Screen.getPrimary().getBounds().getWidth()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> shown(day))).as("the day's label, short of room at this width")
                .isNotEqualTo(fx(() -> window.models().dayBar().labelProperty().get()));

        javafx.scene.control.DatePicker picker = fx(() -> (javafx.scene.control.DatePicker) window.app.window()
                .lookup("#day-picker"));
        assertThat(fx(picker::getWidth)).isGreaterThanOrEqualTo(fx(() -> picker.prefWidth(-1)) - 0.5);
        window.robot.interact(() -> window.app.stage().setWidth(WindowLayout.DEFAULT.width()));
    }

    /**
     * At 1,280 by 800 pixels, the commonest laptop window, the day's label keeps its counts and For you's its days,
     * shortening its date instead, or leaving it to the date picker beside it, the whole label in its tooltip and
     * accessible text: it was cut at its end, "Sun 6 Dec 2026 · 285 paper...", and For you's "Sun 6 Dec 2026 ·
     * and t...".
     */
    @Test
    void at1280PixelsTheDaysLabelKeepsItsCountsOverItsDate() throws Exception {
        Label day = latestDayAt1280();
        DayBarViewModel bar = window.models().dayBar();
        WaitForAsyncUtils.waitForFxEvents();
        var counts = fx(() -> bar.count(bar.dayProperty().get()).orElseThrow());

        assertThat(fx(() -> shown(day))).as("the day's label as drawn")
                .contains(DayBarViewModel.papers(counts.papers()) + " · " + DayBarViewModel.unread(counts.unread()));
        javafx.scene.control.DatePicker picker = fx(() -> (javafx.scene.control.DatePicker) window.app.window()
                .lookup("#day-picker"));
        assertThat(fx(() -> shown(day) + " " + picker.getEditor().getText())).as("the label and the picker")
                .containsAnyOf(DayBarViewModel.shortDay(counts.day()),
                        picker.getConverter().toString(counts.day()));
        assertWholeInTooltipAndAccessibleText(day, bar);

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.FOR_YOU));
        await(() -> bar.labelProperty().get().endsWith("days before"));
        WaitForAsyncUtils.waitForFxEvents();
        // Its shortest form in the long form's words, which days: "6 Dec + 7 days' unread" did not say whether the
        // days were before or after, and read as papers unread for 7 days.
        assertThat(fx(() -> shown(day))).as("For you's label as drawn")
                .isEqualTo(DayBarViewModel.shortDay(counts.day()) + " + " + org.paperfeed.app.ForYou.EARLIER_DAYS
                        + " days before");
        assertWholeInTooltipAndAccessibleText(day, bar);
        window.robot.interact(() -> window.app.stage().setWidth(WindowLayout.DEFAULT.width()));
    }

    /**
     * At 1,280 pixels a week's label keeps which week it is, what it cannot show of its counts left to its tooltip:
     * it read "3 days with papers" alone, beside a date picker that names a day, not a week (seen on the
     * 144,468-paper library with real fonts).
     */
    @Test
    void at1280PixelsTheWeeksLabelKeepsItsWeek() throws Exception {
        Label day = latestDayAt1280();
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> bar.unitProperty().set(org.paperfeed.model.DayUnit.WEEK));
        await(() -> bar.labelProperty().get().startsWith("Week of "));
        WaitForAsyncUtils.waitForFxEvents();

        java.time.LocalDate monday = fx(() -> bar.rangeProperty().get().first());
        assertThat(fx(() -> shown(day))).as("the week's label as drawn")
                .startsWith("Week of ").contains(DayBarViewModel.shortDay(monday));
        assertThat(fx(() -> shown(day))).as("not cut").isEqualTo(fx(day::getText));
        assertThat(fx(() -> day.getTooltip().getText())).isEqualTo(fx(() -> bar.labelProperty().get()))
                .endsWith(" unread");
        window.robot.interact(() -> window.app.stage().setWidth(WindowLayout.DEFAULT.width()));
    }

    /**
     * Short of room a week's label gives way to its short name ("Week of 4 Mar") before the orders move to a second
     * row: on real days at 1,280 pixels, in the For you order (Re-rank shown), "Week of Mon 17 Aug 2026 · 5 days
     * with papers" gave up no more than its date and sent the orders down a row, moving the window below 47 pixels.
     */
    @Test
    void aWeeksLabelGivesWayToItsShortNameBeforeTheOrdersMoveDown() throws Exception {
        Label day = latestDayAt1280();
        DayBarViewModel bar = window.models().dayBar();
        window.robot.interact(() -> bar.unitProperty().set(org.paperfeed.model.DayUnit.WEEK));
        await(() -> bar.labelProperty().get().startsWith("Week of "));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> forms = fx(() -> bar.labelFormsProperty().get());
        String shortest = forms.get(forms.size() - 1);
        assertThat(shortest).as("the week's short name").startsWith("Week of ").doesNotContain(" · ");

        double shortWidth = fx(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(shortest);
            probe.setFont(day.getFont());
            return Math.ceil(probe.getLayoutBounds().getWidth()) + day.snappedLeftInset() + day.snappedRightInset();
        });
        assertThat(fx(day::getMinWidth)).as("the room the label keeps at least").isLessThanOrEqualTo(shortWidth + 1);
        window.robot.interact(() -> window.app.stage().setWidth(WindowLayout.DEFAULT.width()));
    }

    /** A library of 280 papers in a 1,280 by 800 window on its latest day, once the day bar has its counts. */
    private Label latestDayAt1280() throws Exception {
        TestLibrary.create(dir, 280);
        window.start(dir);
        window.robot.interact(() -> {
            window.app.stage().setWidth(1280);
            window.app.stage().setHeight(800);
            window.models().sidebar().selectedProperty().set(Feed.TODAY);
        });
        DayBarViewModel bar = window.models().dayBar();
        await(() -> bar.labelProperty().get().contains("papers"));
        return fx(() -> (Label) window.app.window().lookup("#day-label"));
    }

    /**
     * The date picker names the day as the rows and the sidebar do, "1 Mar 2024": in the C locale of a plain Linux
     * desktop it read "3/1/2024", which a reader of "1 Mar" dates takes for 3 January, and at 1,280 pixels the day's
     * label leaves the date to it.
     */
    @Test
    void theDatePickerNamesTheDayAsTheRowsDo() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        DayBarViewModel bar = window.models().dayBar();
        await(() -> bar.dayProperty().get() != null);
        javafx.scene.control.DatePicker picker = fx(() -> (javafx.scene.control.DatePicker) window.app.window()
                .lookup("#day-picker"));
        java.time.LocalDate shown = fx(() -> bar.dayProperty().get());

        assertThat(fx(() -> picker.getEditor().getText()))
                .isEqualTo(DayBarViewModel.shortDay(shown) + " " + shown.getYear());

        // The widest day drawn whole: at 140 pixels "29 Jun 2026" showed as "29 Jun 202".
        window.robot.interact(() -> bar.dayProperty().set(java.time.LocalDate.of(2024, 5, 28)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> picker.getEditor().getText())).isEqualTo("28 May 2024");
        assertThat(fx(() -> {
            javafx.scene.control.TextField editor = picker.getEditor();
            Text text = new Text(editor.getText());
            text.setFont(editor.getFont());
            return text.getLayoutBounds().getWidth();
        })).as("the day's width against the editor's room for text")
                .isLessThanOrEqualTo(fx(() -> picker.getEditor().getWidth() - picker.getEditor().snappedLeftInset()
                        - picker.getEditor().snappedRightInset()));
    }

    /** The label drawn whole (one of its forms, not cut), the whole label in its tooltip and accessible text. */
    private static void assertWholeInTooltipAndAccessibleText(Label day, DayBarViewModel bar) throws Exception {
        assertThat(fx(() -> shown(day))).as("not cut").isEqualTo(fx(day::getText));
        assertThat(fx(() -> day.getTooltip().getText())).isEqualTo(fx(() -> bar.labelProperty().get()))
                .startsWith(DayBarViewModel.longDay(fx(() -> bar.dayProperty().get())));
        assertThat(fx(day::getAccessibleText)).isEqualTo(fx(() -> bar.labelProperty().get()));
    }

    /** Too narrow for every word: the buttons shrink alike and the bar's right end stays inside the window. */
    @Test
    void at900PixelsTheBarsRightEndStaysInTheWindow() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        window.robot.interact(() -> {
            window.app.stage().setWidth(900);
            window.models().sidebar().selectedProperty().set(Feed.TODAY);
        });
        await(() -> window.models().dayBar().dayProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        double right = fx(() -> {
            Node interests = window.app.window().lookup("#interests");
            return interests.localToScene(interests.getLayoutBounds()).getMaxX();
        });
        assertThat(right).isLessThanOrEqualTo(fx(() -> window.app.stage().getScene().getWidth()));
        window.robot.interact(() -> window.app.stage().setWidth(WindowLayout.DEFAULT.width()));
    }

    private void dayBarAt(double width) throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        window.robot.interact(() -> {
            window.app.stage().setWidth(width);
            window.app.stage().setHeight(WindowLayout.DEFAULT.height());
            window.models().sidebar().selectedProperty().set(Feed.TODAY);
        });
        Label day = fx(() -> (Label) window.app.window().lookup("#day-label"));
        await(() -> day.getText() != null && day.getText().contains("papers"));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = fx(() -> {
            List<String> found = new ArrayList<>();
            List<Node> bar = new ArrayList<>(window.app.window().lookup("#day-bar").lookupAll("*"));
            bar.addAll(window.app.window().lookup("#day-bar-orders").lookupAll("*"));
            for (Node node : bar) {
                if (node instanceof ButtonBase button && button.isVisible() && button.getText() != null
                        && !button.getText().isEmpty() && !shown(button).equals(button.getText())) {
                    found.add(button.getText() + " shown as \"" + shown(button) + "\"");
                }
            }
            return found;
        });
        assertThat(cut).isEmpty();
        assertThat(fx(() -> shown(day))).as("the day's label, whole in one of its forms, its counts kept")
                .isEqualTo(fx(day::getText)).endsWith(" unread");
        assertThat(fx(() -> day.getTooltip() == null ? "" : day.getTooltip().getText()))
                .isEqualTo(fx(() -> window.models().dayBar().labelProperty().get()));
    }

    /** The text a labeled control draws: its own text, or that text cut short with an ellipsis. */
    private static String shown(Parent labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
