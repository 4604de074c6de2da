package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The search field over the list of papers. */
public final class FeedView extends VBox {

    /** The list while the search text is not a query: it shows the last search that worked, dimmed. */
    private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("pf-stale");

    static final String FOR_YOU_RANKING = "Ranking the latest days' papers by your interests…";
    static final String FOR_YOU_EMPTY = "Nothing new For you: the latest day's papers are read, starred, tagged"
            + " or dismissed.";

    /** The search field's hint, longest first: the field shows the longest it has room for. */
    static final List<String> SEARCH_HINTS = List.of(
            "Search (/): words, \"phrases\", OR, -word, author:, tag:, is:unread, after:2024-01-01",
            "Search (/): words, \"phrases\", OR, -word, author:, tag:, is:unread",
            "Search (/): words, \"phrases\", -word, author:, tag:",
            "Search (/): words, \"phrases\", author:",
            "Search (/)");

    private final FeedViewModel model;
    private final TextField search = new TextField();
    private final ListView<FeedRow> list = new ListView<>();
    private final ListPlace place;

    public FeedView(FeedViewModel model, SidebarViewModel sidebar) {
        this.model = model;
        getStyleClass().add(Css.FEED);
        search.setId("search");
        // The hint is as long as the field has room for, in whole words: at 1,280 pixels the whole syntax was cut
        // mid-word ("…author:, tag:, i"). The whole syntax is always in the tooltip.
        search.setTooltip(new Tooltip(SEARCH_HINTS.get(0) + "\nThe user guide's Query syntax has every field."));
        Runnable hint = () -> search.setPromptText(fittingHint(search));
        search.widthProperty().addListener((obs, old, width) -> hint.run());
        search.fontProperty().addListener((obs, old, font) -> hint.run());
        hint.run();
        HBox.setHgrow(search, Priority.ALWAYS);
        // No fixed debounce: the view model coalesces keystrokes that arrive while a search runs.
        search.textProperty().addListener((obs, old, text) -> model.search(text));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // The query stays: Esc again, in the list, clears it (Shortcuts handles Esc before this does).
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && list.getItems().isEmpty()
                    && !model.didYouMeanProperty().get().isEmpty()) {
                // "Did you mean" from the keyboard: Tab went to the empty list, and the link was the mouse's alone.
                takeCorrection();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                if (e.getCode() == KeyCode.ENTER) {
                    model.commitSearch();
                }
                list.requestFocus();
                // The search's own first paper, once its rows land: Enter typed before they did (on 144,468 papers,
                // typing "cat:cs.LG" and Enter at once) had selected the first row of the list before, shown and
                // marked it read, and the search's list then kept it selected as its third row, or let it go.
                model.whenListed(this::selectFirstUnlessChosen);
                e.consume();
            }
        });
        Button save = new Button(null, Icons.of(Icons.SAVE_SEARCH));
        save.setId("save-search");
        save.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        save.setTooltip(new Tooltip("Save this search as a smart feed"));
        // Not for a query that cannot be run: the library refuses to save it, and the dialog had asked for a name
        // and closed with nothing saved and not a word why.
        // Nor for a phrase not closed yet: the list searches it as if closed (TypedQuery), the library would refuse
        // it as it stands.
        save.disableProperty().bind(search.textProperty().isEmpty().or(model.queryErrorProperty().isNotEmpty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> TypedQuery.opensAPhrase(search.getText()), search.textProperty())));
        save.setOnAction(e -> askNameAndSave(sidebar));
        HBox bar = new HBox(4, search, save);

        Label error = new Label();
        error.setId("query-error");
        error.getStyleClass().addAll(Css.QUERY_ERROR, Styles.DANGER);
        error.setWrapText(true);
        // While the text is not a query ("title:" on the way to "title:robot", "&&") the list keeps the last search
        // that worked: dimmed, and the error says so. Shown as they were, "&&" had read as finding 15 papers. Said
        // too when that search found nothing (the empty list names it): without it, the empty list under
        // "diffusion title:" read as that text's answer.
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String why = model.queryErrorProperty().get();
            return why.isEmpty() || !model.listsALastSearch() ? why
                    : why + " · the list shows the last search that worked";
        }, model.queryErrorProperty(), model.rows()));
        model.queryErrorProperty().addListener((obs, old, why) -> list.pseudoClassStateChanged(STALE, !why.isEmpty()));
        error.visibleProperty().bind(model.queryErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = new Label();
        status.setId("feed-status");
        status.getStyleClass().addAll(Css.FEED_STATUS, Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());

        list.setId("feed-list");
        list.setItems(model.rows());
        // Enter on the empty list takes "Did you mean" too: with the focus there (Esc or Tab from the search field,
        // Enter pressed before the offer came) the offer was out of the keyboard's reach. Not over rows, whatever
        // the offer: Enter there is the list's own.
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && list.getItems().isEmpty() && !model.didYouMeanProperty().get().isEmpty()) {
                takeCorrection();
                e.consume();
            }
        });
        list.setCellFactory(v -> new FeedCell(model));
        // It names the search as typed, which may hold text JavaFX shapes as complex: a WrappedText.
        WrappedText emptySays = new WrappedText(Css.EMPTY_TEXT);
        emptySays.setMaxWidth(420);
        Label empty = emptySays.label();
        empty.setId("feed-empty");
        empty.setMaxWidth(420);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setPadding(new Insets(24));
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        !model.noticeProperty().get().isEmpty() ? model.noticeProperty().get()
                                // A search in For you that finds nothing names the search, like any other view:
                                // "nothing new" would say the reader's days were done when only the words missed.
                                : !model.feedProperty().get().forYou() || !model.searchTextProperty().get().isBlank()
                                ? model.emptyTextProperty().get()
                                : model.searchingProperty().get() ? FOR_YOU_RANKING
                                : model.forYouReadyProperty().get() ? FOR_YOU_EMPTY
                                : model.forYouHowToStartProperty().get(),
                model.noticeProperty(), model.feedProperty(), model.forYouReadyProperty(),
                model.forYouHowToStartProperty(),
                model.searchingProperty(), model.emptyTextProperty(), model.searchTextProperty()));
        // "Did you mean": a search that found nothing because of a typo offers the search that finds the papers.
        Hyperlink correction = new Hyperlink();
        correction.setId("did-you-mean");
        correction.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "Did you mean “" + model.didYouMeanProperty().get() + "”?", model.didYouMeanProperty()));
        correction.visibleProperty().bind(model.didYouMeanProperty().isNotEmpty());
        correction.managedProperty().bind(correction.visibleProperty());
        correction.setOnAction(e -> takeCorrection());
        Label enterTakesIt = new Label("Enter in the search field or the list searches for it");
        enterTakesIt.setId("did-you-mean-key");
        enterTakesIt.getStyleClass().add(Styles.TEXT_MUTED);
        enterTakesIt.visibleProperty().bind(correction.visibleProperty());
        enterTakesIt.managedProperty().bind(correction.visibleProperty());
        VBox placeholder = new VBox(emptySays, correction, enterTakesIt);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        list.setPlaceholder(placeholder);
        model.showRowsFrom(this::rowsOnScreen);
        place = ListPlace.install(list, model);
        moveOnFromALeavingRow();
        ListEndKeeper.install(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        VBox header = new VBox(4, bar, error, status);
        header.setPadding(new Insets(0, 8, 0, 8));
        getChildren().addAll(header, list);
    }

    /**
     * The selected row about to leave the list ({@code x}) hands the selection to the next row first (the row above
     * when it is the last), so the reading pane goes on to the next paper and never shows the one above again.
     */
    private void moveOnFromALeavingRow() {
        model.onRowLeaving(index -> {
            var selection = list.getSelectionModel();
            int size = list.getItems().size();
            if (selection.getSelectedIndex() == index && size > 1) {
                int next = index + 1 < size ? index + 1 : index - 1;
                // No scrolling: once the row has left, the next one stands where it stood.
                selection.select(next);
            }
        });
    }

    /**
     * Selects the paper an undo put back, once the list holds it, and shows it ({@link ListPlace#comeBackTo}); not one
     * the list now leaves out (Interested again undone in a day view), which has left it as {@code x} makes a paper
     * leave, the selection moving on.
     */
    void comeBackTo(org.paperfeed.model.LibraryPaper paper) {
        if (!model.leavesOut(paper)) {
            place.comeBackTo(paper.id().value());
        }
    }

    /** The longest of {@link #SEARCH_HINTS} that {@code field} shows whole; the shortest when none fits. */
    static String fittingHint(TextField field) {
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return TextFit.longest(SEARCH_HINTS, hint -> TextFit.width(hint, field.getFont()), room)
                .orElse(SEARCH_HINTS.get(SEARCH_HINTS.size() - 1));
    }

    private void askNameAndSave(SidebarViewModel sidebar) {
        TextInputDialog ask = new TextInputDialog(search.getText().strip());
        ask.setTitle("Save search");
        ask.setHeaderText("Name this search; it appears in the sidebar with its unread count.");
        ask.initOwner(getScene().getWindow());
        java.util.Optional<String> named = ask.showAndWait().filter(name -> !name.isBlank());
        if (named.isEmpty()) {
            // Not saved: the reader goes on with the search. Left on the bookmark, the focus gave what was typed next
            // to the window's keys ("t" opened the tag field, "x" marked a paper not interested).
            backToSearch();
            return;
        }
        String query = search.getText().strip();
        // The saved feed now carries the query; left in the field it would be applied twice.
        search.clear();
        model.search("");
        // Refused (an invalid query, a full disk): the query comes back to the field, the reason logged.
        sidebar.saveSearch(named.get(), query, refused -> {
            search.setText(query);
            backToSearch();
        });
    }

    private void backToSearch() {
        search.requestFocus();
        search.end();
    }

    /** Gives every row a context menu (built once per cell, refilled for its paper as it opens). */
    void useRowMenu(RowMenu menu) {
        list.setCellFactory(v -> {
            FeedCell cell = new FeedCell(model);
            cell.setContextMenu(menu.forCell(cell));
            return cell;
        });
    }

    /** The first and last row the list shows; null before the list is laid out. */
    private int[] rowsOnScreen() {
        ShownRows shown = ShownRows.of(list);
        return shown == null ? null : new int[] {shown.first(), shown.last()};
    }

    public TextField searchField() {
        return search;
    }

    public ListView<FeedRow> list() {
        return list;
    }

    /**
     * Selects the list's first paper when none is: not in the dimmed list of the last search that worked, shown under
     * a query that is not one, whose paper would have been shown and marked read for a search that found nothing.
     */
    private void selectFirstUnlessChosen() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()
                && model.queryErrorProperty().get().isEmpty()) {
            list.getSelectionModel().select(0);
            // Wherever the list was scrolled: the reading pane shows this row, so the list must too.
            list.scrollTo(0);
        }
    }

    /** Runs the search "Did you mean" offers, the focus left in the field (Enter again goes to the list). */
    private void takeCorrection() {
        search.setText(model.didYouMeanProperty().get());
        search.requestFocus();
        search.end();
    }
}
