package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayUnit;

/**
 * Above the list: ◀ ▶ the day, a date picker, Latest, All days, Day / Week / Month, and the order (Trending, Date,
 * Relevance while searching, For you, with its re-rank button before them while chosen), then the interests For you
 * learns from. The keys {@code [} and {@code ]} do what ◀ and ▶ do.
 */
public final class DayBarView extends HBox {

    /** The second row, for the orders, when the bar is short of room for them beside the days. */
    private final HBox orders = new HBox();

    private final Map<LocalDate, DayCount> byDay = new HashMap<>();
    private final WidestLabel reserved = new WidestLabel();
    private final DatePicker picker = new DatePicker();
    /** Gives the list the keyboard back once a day is picked or typed ({@link #afterPicking}). */
    private Runnable afterPicking = () -> { };
    /**
     * The unit the pills show chosen: none when the bar shows every day. A field: a binding listens to what it is
     * bound to weakly, and would stop following once collected.
     */
    private final javafx.beans.binding.ObjectBinding<DayUnit> shownUnit;

    /** @param openInterests shows the interests For you learns from (a dialog) */
    public DayBarView(DayBarViewModel model, FeedViewModel feed, Runnable openInterests) {
        getStyleClass().add(Css.DAY_BAR);
        setId("day-bar");
        Button previous = iconButton("day-previous", "◀", "Previous day with papers ([)");
        previous.setOnAction(e -> model.previous());
        Button next = iconButton("day-next", "▶", "Next day with papers (])");
        next.setOnAction(e -> model.next());
        Label day = new Label();
        day.setId("day-label");
        day.getStyleClass().add(Css.DAY_LABEL);
        // When the bar is short of room the label shows the longest of its forms that fits, the counts kept over the
        // date's year and weekday (the picker beside it shows the day): cut at its end, it had read "Sun 6 Dec 2026
        // · 2,005 pap…" at the default 1,280 pixels. The tooltip and the accessible text keep the whole label. Too
        // narrow for any form, it shows its date whole and the rest cut; the buttons keep their words (they had
        // been cut to "L…" and "W…").
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.labelProperty());
        day.setTooltip(whole);
        day.accessibleTextProperty().bind(model.labelProperty());
        Runnable fit = () -> day.setText(fitting(day, model.labelFormsProperty().get()));
        model.labelFormsProperty().addListener((obs, old, forms) -> fit.run());
        day.widthProperty().addListener((obs, old, width) -> fit.run());
        day.fontProperty().addListener((obs, old, font) -> fit.run());
        day.paddingProperty().addListener((obs, old, padding) -> fit.run());
        fit.run();
        day.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> leastWidth(day, model.labelProperty().get(), model.labelFormsProperty().get()),
                model.labelProperty(), model.labelFormsProperty(), day.fontProperty(), day.paddingProperty()));
        // As wide as the widest label any unit can show for these days, so that the picker, Latest and the units
        // after it stay put from day to day: they moved with the label's length ("Fri 8 Mar" to "Mon 11 Mar"), and
        // from unit to unit ("June 2026" to "Fri 29 May 2026": a click on Day, then on Latest, opened the picker).
        day.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(textWidth(day, model.labelProperty().get()),
                        reserved.widest(day, model.widestLabelCandidates())),
                model.labelProperty(), day.fontProperty(), day.paddingProperty(), model.countsProperty()));

        picker.setId("day-picker");
        // Room for the widest day, "28 May 2026", in the window's font: 140 pixels, enough for "12/31/2026", cut
        // "29 Jun 2026" to "29 Jun 202".
        picker.setPrefWidth(160);
        // A day can be typed, as the picker names days or as ISO writes them; Enter goes there.
        picker.setEditable(true);
        picker.setPromptText("Pick a day");
        // The day as the rows and the sidebar name it, "1 Jul 2026", not in the locale's short form: in the C locale
        // of a plain Linux desktop that was "7/1/2026", read as 7 January by anyone used to "1 Jul", and at 1,280
        // pixels the label leaves the date to the picker.
        picker.setConverter(new TypedDay(picker::getValue));
        picker.setTooltip(new Tooltip("Pick a day, or type one (1 Jul 2026, 2026-07-01, 3 Dec, yesterday) and press"
                + " Enter"));
        Label misread = typing(picker);
        picker.setDayCellFactory(p -> new CountedDay());
        picker.valueProperty().bindBidirectional(model.dayProperty());
        model.countsProperty().addListener((obs, old, counts) -> index(counts));
        index(model.countsProperty().get());

        Button latest = new Button("Latest");
        latest.setId("day-latest");
        latest.setTooltip(new Tooltip("The latest day with papers"));
        latest.setOnAction(e -> model.latest());
        Button all = new Button("All days");
        all.setId("day-all");
        all.setOnAction(e -> model.allDays());
        all.disableProperty().bind(model.dayProperty().isNull().or(model.restingProperty()));
        // The For you feed does not follow the day: stepping would change the bar and not the list.
        previous.disableProperty().bind(model.restingProperty());
        next.disableProperty().bind(model.restingProperty());
        picker.disableProperty().bind(model.restingProperty());
        latest.disableProperty().bind(model.restingProperty());

        // None of Day, Week or Month is shown chosen while the bar shows every day: after All days, Day had stayed
        // chosen (greyed), as if the list were still one day's.
        shownUnit = javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.dayProperty().get() == null ? null : model.unitProperty().get(), model.dayProperty(),
                model.unitProperty());
        HBox units = pills(shownUnit.get(), List.of(DayUnit.values()), "unit-",
                u -> switch (u) {
                    case DAY -> "Day";
                    case WEEK -> "Week";
                    case MONTH -> "Month";
                }, model.unitProperty()::set, shownUnit);
        units.disableProperty().bind(model.dayProperty().isNull().or(model.restingProperty()));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox sorts = pills(feed.orderProperty().get(), List.of(ListOrder.values()), ListOrder::id,
                ListOrder::label, feed::chooseOrder, feed.orderProperty());
        // Relevance ranks matches: with nothing typed there is nothing to rank by.
        sorts.getChildren().get(2).disableProperty().bind(feed.searchTextProperty().isEmpty());
        // The For you entry is a ranking: it has no other order.
        javafx.beans.binding.BooleanBinding forYouFeed = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> feed.feedProperty().get().forYou(), feed.feedProperty());
        sorts.getChildren().get(0).disableProperty().bind(forYouFeed);
        sorts.getChildren().get(1).disableProperty().bind(forYouFeed);
        ((javafx.scene.control.Control) sorts.getChildren().get(3)).setTooltip(new Tooltip(
                "Rank this view by your interests (stars, tags); the order stays until you re-rank"));
        Button rerank = new Button(null, Icons.of(Icons.REFRESH));
        rerank.setId("rerank");
        rerank.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        rerank.setTooltip(new Tooltip("Re-rank For you with what your interests learned since"));
        rerank.setOnAction(e -> feed.rerank());
        rerank.visibleProperty().bind(feed.orderProperty().isEqualTo(ListOrder.FOR_YOU));
        rerank.managedProperty().bind(rerank.visibleProperty());
        Button interests = new Button(null, Icons.of(Icons.INTERESTS));
        interests.setId("interests");
        interests.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        interests.setTooltip(new Tooltip("Your interests: what For you learns from, switch off or reset"));
        interests.setOnAction(e -> openInterests.run());
        Label note = new Label();
        note.setId("day-note");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.textProperty().bind(model.noteProperty());
        // Whole or not at all: at the first size (1,280 pixels) the sample's note had been cut to "s…"; the day's
        // label beside it gives up the room (it shortens to its date).
        note.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip noteTip = new Tooltip();
        noteTip.textProperty().bind(model.noteDetailProperty());
        note.setTooltip(noteTip);
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        // For you's way to a newer day that came in while the reader was in the middle of it (the day view's is the
        // sidebar's Latest day, which names it): the list stays as it was until the reader follows it.
        javafx.scene.control.Hyperlink newer = new javafx.scene.control.Hyperlink();
        newer.setId("day-newer");
        newer.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.newerDayProperty().get() == null ? ""
                        : "Rank the new day, " + DayBarViewModel.shortDay(model.newerDayProperty().get()),
                model.newerDayProperty()));
        Tooltip newerTip = new Tooltip();
        newerTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.newerDayProperty().get() == null ? ""
                        : "A refresh brought " + DayBarViewModel.shortDay(model.newerDayProperty().get())
                        + ": rank its papers and the unread of the " + org.paperfeed.app.ForYou.EARLIER_DAYS
                        + " days before (this list stays as it is until then)",
                model.newerDayProperty()));
        newer.setTooltip(newerTip);
        newer.visibleProperty().bind(model.newerDayProperty().isNotNull());
        newer.managedProperty().bind(newer.visibleProperty());
        newer.setOnAction(e -> model.latest());
        // ◀ ▶ together before the label, which alone changes length from day to day: after it, ▶ moved with it and a
        // click repeated to step on could miss.
        // Re-rank, shown with For you only, comes before the orders, not after them: they are laid out from the
        // bar's right end, and coming after For you it moved them all about 40 pixels as it came and went (a click on
        // For you's old place after Trending hit Relevance). Before them it takes its room from the gap (or, short of
        // room, from the label), and the orders stay put. Keeping its room while hidden would have cost the label
        // that room at 1,280 pixels, where it keeps its counts with little to spare.
        getChildren().addAll(previous, next, day, picker, misread, latest, all, units, note, newer, gap, rerank,
                sorts, interests);
        for (javafx.scene.Node n : getChildren()) {
            n.setFocusTraversable(false);
        }
        // Below the width the words need in one row (a window narrower than about 1,100 pixels) the orders move to a
        // second row under the first, so every button keeps its word: at 900 pixels they had all shrunk to "…".
        // Narrower than either row needs, every button shrinks alike, so the bar's right end stays on screen.
        // The bar itself may be laid out narrower than its children's minimum widths: that is what tells it (through
        // its width) to let them shrink; otherwise their minimums would hold it wider than the window.
        setMinWidth(0);
        orders.setId("day-bar-orders");
        orders.getStyleClass().add(Css.DAY_BAR);
        orders.setMinWidth(0);
        orders.setVisible(false);
        orders.setManaged(false);
        List<javafx.scene.Node> ordering = List.of(gap, rerank, sorts, interests);
        widthProperty().addListener((obs, old, width) -> arrange(width.doubleValue(), day, ordering));
        // So do a note arriving (the sample's, once it is imported) and the day's label growing (All days to a
        // day's date): without this the orders stayed in the row and the bar's right end went off the window (seen
        // on a first start at 1,280 pixels). Later, once the label holds the new text and has measured it.
        Runnable again = () -> javafx.application.Platform.runLater(() -> arrange(getWidth(), day, ordering));
        model.noteProperty().addListener((obs, old, text) -> again.run());
        day.minWidthProperty().addListener((obs, old, min) -> again.run());
    }

    /**
     * What the picker does with typed text beyond its converter: Escape puts the day shown back, and Enter on text
     * that is no date says so for a few seconds, in the returned remark beside it, as the text goes back to the day
     * shown (the picker's own commit, through {@link TypedDay}). A day with no papers is gone to, as a click on it
     * goes: the label says "no papers" and the list how to step to days that have some.
     */
    private Label typing(DatePicker picker) {
        Label misread = new Label();
        misread.setId("day-typed-note");
        misread.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        misread.setMinWidth(Region.USE_PREF_SIZE);
        misread.visibleProperty().bind(misread.textProperty().isNotEmpty());
        misread.managedProperty().bind(misread.visibleProperty());
        javafx.animation.PauseTransition passing = new javafx.animation.PauseTransition(PassingMessage.SHOWN);
        passing.setOnFinished(e -> misread.setText(""));
        Runnable showDay = () -> picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        // Esc: the window's (back to the list), the day shown put back first.
        picker.getEditor().getProperties().put(Shortcuts.ON_ESCAPE, showDay);
        // Left with text that is no date, the picker kept it: once the picker has taken what it could, it shows its
        // day again.
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                javafx.application.Platform.runLater(showDay);
            }
        });
        // On the picker, not its text: the picker holds the focus and takes Enter itself (its text then shows the
        // day it went to, or back); added before its skin's, this filter reads the text as typed.
        picker.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            String typed = picker.getEditor().getText();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                boolean noDate = !typed.isBlank() && ((TypedDay) picker.getConverter()).parse(typed).isEmpty();
                misread.setText(noDate ? "“" + shorter(typed.strip()) + "” is not a date" : "");
                if (noDate) {
                    passing.playFromStart();
                } else if (!typed.isBlank()) {
                    // Gone to the day: the keyboard back to the list, as after picking one ([ and ] step on).
                    javafx.application.Platform.runLater(() -> afterPicking.run());
                }
            }
        });
        return misread;
    }

    /** {@code typed} cut to a few characters: the remark is a few words beside the picker. */
    private static String shorter(String typed) {
        return typed.length() <= 16 ? typed : typed.substring(0, 15) + "…";
    }

    /**
     * Runs {@code action} when the date picker's calendar closes (a day picked, or Esc), or a typed day is gone to:
     * the window gives the list the keyboard back, since the keys do nothing while the picker holds it.
     */
    public void afterPicking(Runnable action) {
        afterPicking = action;
        picker.setOnHidden(e -> action.run());
    }

    /** The row under the bar that holds the orders when one row is short of room; hidden otherwise. */
    public HBox ordersRow() {
        return orders;
    }

    /** One row when the words fit in it, else two; then whole words if each row has room for its own. */
    private void arrange(double width, Label day, List<javafx.scene.Node> ordering) {
        List<javafx.scene.Node> all = new java.util.ArrayList<>(getChildren());
        all.addAll(orders.getChildren());
        boolean twoRows = width < wordsWidth(day, all);
        if (twoRows != orders.isManaged()) {
            if (twoRows) {
                getChildren().removeAll(ordering);
                orders.getChildren().setAll(ordering);
            } else {
                orders.getChildren().clear();
                getChildren().addAll(ordering);
            }
            orders.setVisible(twoRows);
            orders.setManaged(twoRows);
        }
        double needed = twoRows ? Math.max(wordsWidth(day, getChildren()), wordsWidth(day, orders.getChildren()))
                : wordsWidth(day, getChildren());
        double min = width >= needed ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE;
        keepWholeWords(this, min);
        keepWholeWords(orders, min);
    }

    /**
     * Sets the minimum width of every button in the bar, pills included, and of the date picker: with room for the
     * words, the day's label alone gives up width (its counts), where the picker was squeezed to "12/" at 1,280 pixels.
     */
    private static void keepWholeWords(javafx.scene.Parent parent, double min) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.ButtonBase || n instanceof DatePicker) {
                ((javafx.scene.control.Control) n).setMinWidth(min);
            } else if (n instanceof HBox box) {
                keepWholeWords(box, min);
            }
        }
    }

    /** A row's width with every one of {@code nodes} at its preferred width but the day's label at its date alone. */
    private double wordsWidth(Label day, List<javafx.scene.Node> nodes) {
        double width = getInsets().getLeft() + getInsets().getRight();
        int shown = 0;
        for (javafx.scene.Node n : nodes) {
            if (n.isManaged()) {
                // The label's minimum: its date alone (dateWidth).
                width += n == day ? day.getMinWidth() : n.prefWidth(-1);
                shown++;
            }
        }
        return width + Math.max(0, shown - 1) * getSpacing();
    }

    /**
     * The width the label needs for the date of the whole label {@code text} alone (before the first " · "), padding
     * included: at that width it shows the whole label cut after its date.
     */
    private static double dateWidth(Label label, String text) {
        String whole = text == null ? "" : text;
        int cut = whole.indexOf(" · ");
        return textWidth(label, cut < 0 ? whole : whole.substring(0, cut) + " …");
    }

    /**
     * The least width the label gives up room to: its date alone ({@link #dateWidth}), or its shortest form when that
     * is a name alone and narrower ("Week of 17 Aug" for "Week of Mon 17 Aug 2026 · 312 papers · 40 unread"). With the
     * date alone as the least, a week at 1,280 pixels in the For you order (Re-rank shown) had sent the orders to a
     * second row, moving the window below down 47 pixels, where "Week of 17 Aug" would have fitted.
     */
    private static double leastWidth(Label label, String text, List<String> forms) {
        double date = dateWidth(label, text);
        String shortest = forms.isEmpty() ? null : forms.get(forms.size() - 1);
        return shortest == null || shortest.contains(" · ") ? date : Math.min(date, textWidth(label, shortest));
    }

    /**
     * The longest of {@code forms} (longest first) that {@code label} shows whole at its width; the first, which the
     * label then cuts after its date, when none fits.
     */
    private static String fitting(Label label, List<String> forms) {
        return TextFit.longest(forms, form -> textWidth(label, form), label.getWidth()).orElse(forms.get(0));
    }

    /** The width {@code label} needs to show {@code text} whole, padding included. */
    private static double textWidth(Label label, String text) {
        javafx.geometry.Insets padding = label.getPadding();
        return Math.ceil(TextFit.width(text, label.getFont()) + padding.getLeft() + padding.getRight());
    }

    /**
     * The widest of the labels a unit can show, measured once per set of candidates and font: the counts change at
     * every mark, their number of digits (all the candidates depend on) seldom.
     */
    private static final class WidestLabel {
        private Object measured;
        private double width;

        double widest(Label label, List<String> candidates) {
            Object key = List.of(candidates, label.getFont(), label.getPadding());
            if (!key.equals(measured)) {
                width = candidates.stream().mapToDouble(text -> textWidth(label, text)).max().orElse(0);
                measured = key;
            }
            return width;
        }
    }

    private static Button iconButton(String id, String text, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** Segmented buttons for one choice; the selection follows the value, whoever sets it. */
    private static <T> HBox pills(T initial, List<T> values, String idPrefix, java.util.function.Function<T, String> name,
                                  java.util.function.Consumer<T> choose,
                                  javafx.beans.value.ObservableValue<T> current) {
        return pills(initial, values, v -> idPrefix + v.toString().toLowerCase(java.util.Locale.ROOT), name, choose,
                current);
    }

    private static <T> HBox pills(T initial, List<T> values, java.util.function.Function<T, String> id,
                                  java.util.function.Function<T, String> name,
                                  java.util.function.Consumer<T> choose,
                                  javafx.beans.value.ObservableValue<T> current) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            ToggleButton button = new ToggleButton(name.apply(value));
            button.setId(id.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                    : i == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setSelected(value == initial);
            button.setOnAction(e -> {
                choose.accept(value);
                // A click on the chosen pill must not leave the group with none selected.
                button.setSelected(current.getValue() == value);
            });
            box.getChildren().add(button);
        }
        current.addListener((obs, old, value) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == value)));
        return box;
    }

    private void index(List<DayCount> counts) {
        byDay.clear();
        counts.forEach(c -> byDay.put(c.day(), c));
    }

    /** A day in the picker: bold with its counts on hover when it has papers, dimmed when it has none. */
    private final class CountedDay extends DateCell {
        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            DayCount count = empty || item == null ? null : byDay.get(item);
            setStyle(count == null ? "-fx-opacity: 0.55;" : "-fx-font-weight: bold;");
            setTooltip(count == null ? null
                    : new Tooltip(DayBarViewModel.papers(count.papers()) + " · "
                            + DayBarViewModel.unread(count.unread())));
        }
    }
}
