package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Every key, over the window ({@code ?}; {@code ?} or Esc closes it). A node of the window rather than a popup, so
 * a context menu opened meanwhile shows over it instead of closing it.
 *
 * <p>Its rows scroll between the title and the closing line, which always show: the window gives it no more than its
 * own height ({@link MainWindow#layoutChildren}), and at 1024 by 700 the last rows ("?", "F1", "? or Esc closes
 * this") had fallen off the panel's bottom, drawn over the window, out of reach. The wheel scrolls them, and so do
 * the arrows, Page Up and Down, Space, Home and End while it shows ({@link #scroll}). Where the window has room for
 * them all (1280 by 800) nothing scrolls.
 */
final class KeyOverlay extends VBox {

    /** How far an arrow key scrolls the rows, in pixels: about one row. */
    private static final double ARROW_STEP = 24;

    private ScrollPane rows;

    KeyOverlay() {
        setId("key-overlay");
        getStyleClass().add(Css.KEY_OVERLAY);
        setSpacing(10);
        setPadding(new Insets(16, 20, 16, 20));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
        setManaged(false);
        // Clicks on it land on it, not on the list underneath; a left click closes it, except on its scroll bar.
        setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()
                    && !onScrollBar(e.getPickResult().getIntersectedNode())) {
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
        rows = new ScrollPane(grid);
        rows.setId("key-overlay-rows");
        rows.getStyleClass().add(Css.KEY_OVERLAY_ROWS);
        rows.setFitToWidth(true);
        rows.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Scrolled by the keys the window's shortcuts pass on (scroll): focused, it would take the keyboard from the
        // list, where Esc and ? must still land.
        rows.setFocusTraversable(false);
        VBox.setVgrow(rows, Priority.ALWAYS);
        Label close = new Label("? or Esc closes this");
        close.getStyleClass().add(Styles.TEXT_MUTED);
        close.setMinHeight(Region.USE_PREF_SIZE);
        header.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(header, rows, close);
    }

    /**
     * Scrolls its rows for a key pressed while it shows: Up and Down a row, Page Up and Down and Space a page, Home
     * and End to either end. False for any other key, which then does what it always does.
     */
    boolean scroll(KeyCode key) {
        if (!showing() || rows == null) {
            return false;
        }
        double content = rows.getContent().getLayoutBounds().getHeight();
        double page = rows.getViewportBounds().getHeight();
        double room = Math.max(1, content - page);
        double step = switch (key) {
            case UP -> -ARROW_STEP;
            case DOWN -> ARROW_STEP;
            case PAGE_UP -> -page;
            case PAGE_DOWN, SPACE -> page;
            case HOME -> -content;
            case END -> content;
            default -> Double.NaN;
        };
        if (Double.isNaN(step)) {
            return false;
        }
        double value = rows.getVvalue() + step / room * (rows.getVmax() - rows.getVmin());
        rows.setVvalue(Math.max(rows.getVmin(), Math.min(rows.getVmax(), value)));
        return true;
    }

    private static boolean onScrollBar(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
        }
        return false;
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
