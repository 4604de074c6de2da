package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Every key, over the window ({@code ?}; {@code ?} or Esc closes it). A node of the window rather than a popup, so
 * a context menu opened meanwhile shows over it instead of closing it.
 */
final class KeyOverlay extends VBox {

    KeyOverlay() {
        setId("key-overlay");
        getStyleClass().add(Css.KEY_OVERLAY);
        setSpacing(10);
        setPadding(new Insets(16, 20, 16, 20));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
        setManaged(false);
        // Clicks on it land on it, not on the list underneath; a left click closes it.
        setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                hide();
            }
        });
    }

    /**
     * Its rows, built the first time it opens: a hidden node is styled with the rest of the window all the same, and
     * these seventy labels were a part of the first screen's CSS pass that nobody sees until {@code ?}.
     */
    private void build() {
        Label header = new Label("Keys");
        header.getStyleClass().add(Styles.TITLE_4);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (KeyGuide.Key key : KeyGuide.KEYS) {
            Label keys = new Label(key.keys());
            keys.getStyleClass().addAll(Css.KEY_OVERLAY_KEY, Styles.TEXT_BOLD);
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label does = new Label(key.does());
            does.setWrapText(true);
            does.setMaxWidth(340);
            // As tall as its wrapped lines at that width: the grid had sized the n line's row for one line and cut
            // it ("the note kept" lost at 1280 by 800).
            does.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, does);
        }
        Label close = new Label("? or Esc closes this");
        close.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(header, grid, close);
    }

    boolean showing() {
        return isVisible();
    }

    void toggle() {
        if (getChildren().isEmpty()) {
            build();
        }
        setVisible(!isVisible());
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    void hide() {
        setVisible(false);
    }
}
