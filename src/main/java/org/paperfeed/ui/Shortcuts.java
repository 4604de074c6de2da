package org.paperfeed.ui;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.paperfeed.model.LibraryPaper;

/**
 * The reader's single-key commands, as in mail and feed readers: j/k and arrows move, Space pages the reading
 * pane and at its end goes on to the next unread paper, s stars, t tags, n edits the note, m toggles read, x not
 * interested, / searches, Esc clears, o opens, r refreshes, [ and ] step the day bar, c and b copy the link and the
 * BibTeX, ? shows them all ({@link KeyGuide}). Ignored while typing, except Esc, which always leaves a text field for
 * the list, and Alt+Left (Back).
 *
 * <p>Character commands match the character typed, not the key pressed: on a German layout {@code /} is Shift+7
 * and {@code [} is AltGr+8, and a key code would never see them. Arrows, Space and Esc are keys, not characters.
 */
final class Shortcuts {

    private final FeedView feed;
    private final ReaderView reader;
    private final ReaderViewModel readerModel;
    private final RefreshViewModel refresh;

    private final DayBarViewModel dayBar;
    private final TriageViewModel triage;

    Shortcuts(FeedView feed, ReaderView reader, ReaderViewModel readerModel, RefreshViewModel refresh,
              DayBarViewModel dayBar, TriageViewModel triage) {
        this.triage = triage;
        this.feed = feed;
        this.reader = reader;
        this.readerModel = readerModel;
        this.refresh = refresh;
        this.dayBar = dayBar;
    }

    /** Marks a text field whose half-typed text Esc drops (the tag field); other fields keep theirs. */
    static final String DROP_ON_ESCAPE = "paperfeed.dropOnEscape";
    /**
     * A field's own Esc (a {@link Runnable}), run before the list takes the keyboard: the date picker's text goes back
     * to the day shown, where leaving with its half-typed text would have gone to it.
     */
    static final String ON_ESCAPE = "paperfeed.onEscape";

    private KeyOverlay keys;
    private ReaderSync readerSync;
    private PaperActions actions;
    private java.util.function.BooleanSupplier dismissNotice = () -> false;

    /** The parts added since: the key overlay ({@code ?}), Back, and the paper actions ({@code c}, {@code b}). */
    Shortcuts with(KeyOverlay overlay, ReaderSync sync, PaperActions paperActions) {
        this.keys = overlay;
        this.readerSync = sync;
        this.actions = paperActions;
        return this;
    }

    /** What Esc in the list does once there is no search to clear: dismiss the window's notice, if one shows. */
    Shortcuts dismissingNotices(java.util.function.BooleanSupplier dismissShown) {
        this.dismissNotice = dismissShown;
        return this;
    }

    /** Set when a key press was a command, so the character it also types does not land in a field it focused. */
    private boolean swallowTyped;

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            } else if (typed(e, scene)) {
                e.consume();
            }
        });
    }

    /** A character command; false when it is not one, or the user is typing into a field. */
    private boolean typed(KeyEvent e, Scene scene) {
        // Control or Command make a shortcut, not a character; AltGr (Ctrl+Alt on Windows) still types one.
        if ((e.isControlDown() || e.isMetaDown()) && !e.isAltDown()) {
            return false;
        }
        if (e.getTarget() instanceof TextInputControl || scene.getFocusOwner() instanceof TextInputControl) {
            return false;
        }
        // Nor in the date picker: "6/28/2026" typed there is a date, and its "/" had jumped to the search field,
        // which then took "28/2026" as a query. Once a day is picked the focus goes back to the list.
        if (scene.getFocusOwner() instanceof javafx.scene.control.DatePicker) {
            return false;
        }
        if (keys != null && "?".equals(e.getCharacter())) {
            keys.toggle();
            return true;
        }
        if (actions != null && ("c".equals(e.getCharacter()) || "b".equals(e.getCharacter()))) {
            LibraryPaper shown = readerModel.paperProperty().get();
            if (shown != null) {
                if ("c".equals(e.getCharacter())) {
                    actions.copyLink(shown);
                } else {
                    actions.copyBibtex(shown);
                }
            }
            return true;
        }
        switch (e.getCharacter()) {
            case "j" -> move(1);
            case "k" -> move(-1);
            case "s" -> readerModel.toggleStar();
            case "m" -> readerModel.toggleRead();
            case "t" -> reader.focusTags();
            case "n" -> reader.editNote();
            case "o" -> reader.openInBrowser();
            case "r" -> refresh.refresh();
            case "/" -> feed.searchField().requestFocus();
            case "x" -> triage.toggleNotInterested(readerModel.paperProperty().get());
            case "[" -> dayBar.previous();
            case "]" -> dayBar.next();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void handle(KeyEvent e) {
        swallowTyped = false;
        if (e.getCode() == KeyCode.ESCAPE && keys != null && keys.showing()) {
            keys.hide();
            e.consume();
            return;
        }
        // Over the key list the moving keys scroll it, in a window too short to show it whole, rather than move the
        // list's selection underneath.
        if (keys != null && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && focusedField(e) == null
                && keys.scroll(e.getCode())) {
            swallowTyped = true;
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.LEFT && e.isAltDown() && !e.isControlDown() && !e.isMetaDown()
                && readerSync != null && readerSync.back()) {
            e.consume();
            return;
        }
        TextInputControl field = focusedField(e);
        if (e.getCode() == KeyCode.ESCAPE && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                && field != null) {
            leave(field);
            swallowTyped = true;
            e.consume();
            return;
        }
        // Ctrl+Z (Command+Z): the toolbar's Undo, the last x or Mark all read taken back, as a mail reader's; in a
        // text field it is the field's own undo.
        if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && field == null
                && triage != null) {
            triage.undo();
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        if (field != null) {
            return;
        }
        if (e.getCode() == KeyCode.BACK_SPACE && readerSync != null) {
            readerSync.back();
            e.consume();
            return;
        }
        if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)
                && e.getTarget() instanceof javafx.scene.Node node && node.getScene() != null
                && node.getScene().getFocusOwner() instanceof SidebarView) {
            return; // the sidebar's own arrows: from view to view
        }
        boolean handled = true;
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case SPACE -> {
                if (!reader.pageDown()) {
                    nextUnread();
                }
            }
            // The nearest thing first: the search's text, then the notice showing (its buttons take no focus).
            case ESCAPE -> {
                if (feed.searchField().getText().isEmpty()) {
                    dismissNotice.getAsBoolean();
                } else {
                    feed.searchField().clear();
                }
            }
            default -> handled = false;
        }
        if (handled) {
            swallowTyped = true;
            e.consume();
        }
    }

    /**
     * The text field the key goes to, or null when it goes to no text field. The date picker's text is one: the
     * picker holds the focus and hands its keys to its text, so Space typed a space there and not a page down, and
     * Esc puts its day back.
     */
    private static TextInputControl focusedField(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl field) {
            return field;
        }
        if (e.getTarget() instanceof javafx.scene.Node node && node.getScene() != null) {
            javafx.scene.Node owner = node.getScene().getFocusOwner();
            if (owner instanceof TextInputControl field) {
                return field;
            }
            if (owner instanceof javafx.scene.control.DatePicker picker && picker.isEditable()) {
                return picker.getEditor();
            }
        }
        return null;
    }

    /**
     * Esc in a text field: back to the list, whatever the field. The search keeps its query (Esc in the list clears
     * it), the tag field drops what was half typed, the date picker shows its day again ({@link #ON_ESCAPE}), any
     * other field (the note) keeps what was typed.
     */
    private void leave(TextInputControl field) {
        if (Boolean.TRUE.equals(field.getProperties().get(DROP_ON_ESCAPE))) {
            field.clear();
        }
        if (field.getProperties().get(ON_ESCAPE) instanceof Runnable own) {
            own.run();
        }
        feed.list().requestFocus();
    }

    /**
     * Space at the end of the reading pane: the next unread paper below the one shown, as NetNewsWire's Space goes on
     * (it had done nothing there). Papers read and papers the view hides (not interested, muted, listed by a search
     * with their badge) are passed over; with none unread below, Space stays where it is.
     */
    private void nextUnread() {
        ListView<FeedRow> list = feed.list();
        int index = list.getSelectionModel().getSelectedIndex();
        for (int next = index + 1; next < list.getItems().size(); next++) {
            FeedRow row = list.getItems().get(next);
            if (!row.entry().state().read() && !row.hidden()) {
                select(list, next);
                return;
            }
        }
    }

    private void move(int step) {
        ListView<FeedRow> list = feed.list();
        if (list.getItems().isEmpty()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        select(list, index < 0 ? 0 : Math.max(0, Math.min(list.getItems().size() - 1, index + step)));
    }

    /** Selects the row at {@code next}, two rows of context above it, and gives the list the keyboard. */
    private static void select(ListView<FeedRow> list, int next) {
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 2));
        if (!list.isFocused()) {
            list.requestFocus();
        }
    }
}
