package org.paperfeed.ui;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The reader's single-key commands, as in mail and feed readers: j/k and arrows move, Space pages the reading
 * pane, s stars, t tags, m toggles read, / searches, Esc clears, o opens, r refreshes. Ignored while typing.
 */
final class Shortcuts {

    private final FeedView feed;
    private final ReaderView reader;
    private final ReaderViewModel readerModel;
    private final RefreshViewModel refresh;

    Shortcuts(FeedView feed, ReaderView reader, ReaderViewModel readerModel, RefreshViewModel refresh) {
        this.feed = feed;
        this.reader = reader;
        this.readerModel = readerModel;
        this.refresh = refresh;
    }

    /** Set when a key press was a command, so the character it also types does not land in a field it focused. */
    private boolean swallowTyped;

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    private void handle(KeyEvent e) {
        swallowTyped = false;
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case J, DOWN -> move(1);
            case K, UP -> move(-1);
            case SPACE -> reader.pageDown();
            case S -> readerModel.toggleStar();
            case M -> readerModel.toggleRead();
            case T -> reader.focusTags();
            case O -> reader.openInBrowser();
            case R -> refresh.refresh();
            case SLASH -> feed.searchField().requestFocus();
            case ESCAPE -> feed.searchField().clear();
            default -> handled = false;
        }
        if (handled) {
            swallowTyped = true;
            e.consume();
        }
    }

    private void move(int step) {
        ListView<FeedRow> list = feed.list();
        if (list.getItems().isEmpty()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        int next = index < 0 ? 0 : Math.max(0, Math.min(list.getItems().size() - 1, index + step));
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 2));
        if (!list.isFocused()) {
            list.requestFocus();
        }
    }
}
