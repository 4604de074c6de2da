package org.paperfeed.ui;

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
        setFocusTraversable(false);
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

    private final class EntryCell extends ListCell<SidebarEntry> {
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
                return;
            }
            setMouseTransparent(entry.kind() == Kind.SOURCE);
            getStyleClass().add(Css.SIDEBAR_ITEM);
            Label label = new Label(entry.label());
            label.setId("sidebar-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + entry.label());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(6, label, gap);
            if (entry.count() >= 0) {
                Label count = new Label(String.valueOf(entry.count()));
                count.getStyleClass().add(Css.SIDEBAR_COUNT);
                row.getChildren().add(count);
            }
            if (entry.kind() == Kind.TAG) {
                label.setGraphic(Icons.of(Icons.TAG));
            }
            if (entry.kind() == Kind.SAVED_SEARCH) {
                label.setGraphic(Icons.of(Icons.SAVE_SEARCH));
                MenuItem delete = new MenuItem("Delete saved search");
                delete.setOnAction(e -> model.deleteSavedSearch(entry.label()));
                setContextMenu(new ContextMenu(delete));
                setTooltip(new Tooltip(entry.feed().query() + "  (count: unread)"));
            }
            if (entry.kind() == Kind.SOURCE) {
                source(entry.source(), label);
                // Sources are not feeds: hovering shows the error, clicking does nothing.
                setMouseTransparent(false);
                setDisable(false);
            }
            setGraphic(row);
        }

        private void source(SourceStatus status, Label label) {
            Ikon icon = switch (status.state()) {
                case OK -> Icons.SOURCE_OK;
                case OFFLINE -> Icons.SOURCE_OFFLINE;
                case ERROR -> Icons.SOURCE_ERROR;
                case REFRESHING -> Icons.SOURCE_BUSY;
                case NEVER -> Icons.SOURCE_NEVER;
            };
            label.setGraphic(Icons.of(icon));
            boolean failed = status.state() == SourceStatus.State.ERROR || status.state() == SourceStatus.State.OFFLINE;
            label.getStyleClass().add(failed ? Css.SOURCE_FAILED : Css.SOURCE_OK);
            String text = switch (status.state()) {
                case OK -> "Refreshed";
                case OFFLINE -> "Offline: " + status.message();
                case ERROR -> "Error: " + status.message();
                case REFRESHING -> "Refreshing…";
                case NEVER -> "Not refreshed yet";
            };
            setTooltip(new Tooltip(text));
        }
    }
}
