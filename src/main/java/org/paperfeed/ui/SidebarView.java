package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.paperfeed.ui.SidebarEntry.Kind;

/** The sidebar: one list of section headers, feeds, tags and sources. */
public final class SidebarView extends ListView<SidebarEntry> {

    private final SidebarViewModel model;

    public SidebarView(SidebarViewModel model) {
        this.model = model;
        setId("sidebar");
        getStyleClass().add(Css.SIDEBAR);
        setItems(model.entries());
        setCellFactory(v -> new EntryCell());
        // Reachable from the keyboard (Tab, Shift+Tab), Up and Down stepping from view to view over the headers,
        // which the list itself would select and then give back, so the arrows could not get past one.
        setFocusTraversable(true);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int step = switch (e.getCode()) {
                case UP, KP_UP -> -1;
                case DOWN, KP_DOWN -> 1;
                default -> 0;
            };
            if (step != 0 && !e.isShortcutDown() && !e.isAltDown()) {
                stepOverHeaders(step);
                e.consume();
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && entry.selectable()) {
                model.selectedProperty().set(entry.feed());
            } else if (entry != null) {
                javafx.application.Platform.runLater(this::reselect);
            }
        });
        // Recounting replaces the entries; the selection follows the feed, not the position.
        model.entries().addListener((javafx.collections.ListChangeListener<SidebarEntry>) c -> reselect());
        model.selectedProperty().addListener((obs, old, feed) -> reselect());
    }

    /** Selects the next view up or down from the selected one, passing over headers; stays at either end. */
    private void stepOverHeaders(int step) {
        for (int i = getSelectionModel().getSelectedIndex() + step; i >= 0 && i < getItems().size(); i += step) {
            if (getItems().get(i).selectable()) {
                getSelectionModel().select(i);
                // Into view, moving no further than that (ListView.scrollTo would put it at the top).
                if (lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                    flow.scrollTo(i);
                }
                return;
            }
        }
    }

    private void reselect() {
        String key = model.selectedProperty().get().key();
        for (int i = 0; i < getItems().size(); i++) {
            SidebarEntry entry = getItems().get(i);
            if (entry.feed() != null && entry.feed().key().equals(key)) {
                if (getSelectionModel().getSelectedIndex() != i) {
                    getSelectionModel().select(i);
                }
                return;
            }
        }
        getSelectionModel().clearSelection();
    }

    /** Asks before removing the sample when some of its papers carry marks: those stay. */
    private boolean keepMarkedSamplePapers(int marked) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                marked + (marked == 1 ? " sample paper has" : " sample papers have") + " your marks (a star, a tag, a note"
                        + " or not interested) and will be kept. Remove the other sample papers?",
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setHeaderText("Remove the sample?");
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                .setText("Remove sample");
        return ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isPresent();
    }

    private void sampleNotRemoved(String reason) {
        javafx.scene.control.Alert error = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                reason);
        error.setHeaderText("The sample could not be removed");
        error.initOwner(getScene() == null ? null : getScene().getWindow());
        error.show();
    }

    private final class EntryCell extends ListCell<SidebarEntry> {

        EntryCell() {
            // As wide as the sidebar, never wider: long names shorten with an ellipsis (a source's wraps instead)
            // rather than scroll sideways.
            setPrefWidth(0);
        }

        /**
         * As tall as the line needs at the sidebar's width: a cell measures its graphic at its preferred width, one
         * line, so a source's name that wraps was cut to one line instead.
         */
        @Override
        protected double computePrefHeight(double width) {
            double own = super.computePrefHeight(width);
            if (width <= 0 || getGraphic() == null) {
                return own;
            }
            double inner = width - snappedLeftInset() - snappedRightInset();
            return Math.max(own, snappedTopInset() + getGraphic().prefHeight(inner) + snappedBottomInset());
        }

        @Override
        protected void updateItem(SidebarEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll(Css.SIDEBAR_HEADER, Css.SIDEBAR_ITEM);
            setTooltip(null);
            setContextMenu(null);
            setDisable(false);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            if (entry.kind() == Kind.HEADER) {
                getStyleClass().add(Css.SIDEBAR_HEADER);
                setGraphic(new Label(entry.label().toUpperCase(java.util.Locale.ROOT)));
                setMouseTransparent(true);
                styledNow();
                return;
            }
            setMouseTransparent(false);
            getStyleClass().add(Css.SIDEBAR_ITEM);
            // A source's name wraps, and the user names it, in any script: a WrappedText (ComplexWords).
            WrappedText wrapped = entry.kind() == Kind.SOURCE ? WrappedText.asItsLabel() : null;
            Label label = wrapped == null ? new Label() : wrapped.label();
            label.setText(entry.label());
            label.setMinWidth(0);
            if (wrapped != null) {
                wrapped.setMinWidth(0);
            }
            label.setId("sidebar-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + entry.label());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(6, wrapped == null ? label : wrapped, gap);
            if (entry.kind() == Kind.SOURCE) {
                source(entry.source(), label, row);
            }
            if (entry.count() >= 0) {
                Label count = new Label(FeedViewModel.count(entry.count()));
                count.getStyleClass().add(Css.SIDEBAR_COUNT);
                row.getChildren().add(count);
            }
            if (entry.kind() == Kind.TAG) {
                label.setGraphic(Icons.of(Icons.TAG));
            }
            if (entry.feed() != null && entry.feed().forYou()) {
                label.setGraphic(Icons.of(Icons.FOR_YOU));
                setTooltip(new Tooltip("The latest day's papers and the week's unread ones, ranked by your stars and"
                        + " tags"));
            }
            if (entry.kind() == Kind.SAMPLE) {
                MenuItem remove = new MenuItem("Remove sample…");
                remove.setId("remove-sample");
                remove.setOnAction(e -> model.removeSample(SidebarView.this::keepMarkedSamplePapers,
                        SidebarView.this::sampleNotRemoved));
                setContextMenu(new ContextMenu(remove));
                setTooltip(new Tooltip("The sample bundled with PaperFeed, shown until your sources bring papers."
                        + " Right-click to remove it."));
            }
            if (entry.kind() == Kind.SAVED_SEARCH) {
                label.setGraphic(Icons.of(Icons.SAVE_SEARCH));
                MenuItem delete = new MenuItem("Delete saved search");
                delete.setOnAction(e -> model.deleteSavedSearch(entry.label()));
                setContextMenu(new ContextMenu(delete));
                setTooltip(new Tooltip(entry.feed().query() + "  (count: unread)"));
            }
            setGraphic(row);
            styledNow();
        }

        /**
         * Gives the new labels their skins at once. A list cell whose entry was replaced (every recount, every source's
         * state during a refresh) takes its new entry in its own layout, after the pulse's CSS pass: labels made there
         * had no skin and no size when the frame was drawn, and the selected view's line showed blank, for a frame or,
         * on a busy machine, for seconds (the 144,468-paper library, a refresh, "All papers" empty).
         */
        private void styledNow() {
            if (getScene() != null) {
                getGraphic().applyCss();
            }
        }

        /** Sources are not feeds: the state is a word beside the name, the reason shows on hover. */
        private void source(SourceLine line, Label label, HBox row) {
            // The name the rows' listings give the source ("HF trending"), whole: at the default 1,280 pixels the
            // sidebar cut "Hugging Face trend..." beside its state. The tooltip names it in full; a name still too
            // long for the sidebar (one the user added) wraps rather than loses its end: the label is a WrappedText's.
            label.setText(ListingText.shortName(line.name()));
            Ikon icon = switch (line.state()) {
                case OK -> Icons.SOURCE_OK;
                case OFFLINE -> Icons.SOURCE_OFFLINE;
                case ERROR -> Icons.SOURCE_ERROR;
                case REFRESHING -> Icons.SOURCE_BUSY;
                case NEVER, DISABLED -> Icons.SOURCE_NEVER;
            };
            label.getStyleClass().add(Css.SOURCE);
            String tone = switch (line.state()) {
                case OK -> Styles.SUCCESS;
                case OFFLINE -> Styles.WARNING;
                case ERROR -> Styles.DANGER;
                case REFRESHING -> Styles.ACCENT;
                case NEVER, DISABLED -> Styles.TEXT_MUTED;
            };
            Label state = new Label(line.label(), Icons.of(icon));
            state.setId("source-state-" + line.name());
            state.setMinWidth(Region.USE_PREF_SIZE);
            state.getStyleClass().addAll(Css.SOURCE_STATE, tone);
            row.getChildren().add(state);
            Tooltip tip = new Tooltip(line.tooltip());
            tip.setShowDelay(javafx.util.Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }
}
