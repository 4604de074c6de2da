package org.paperfeed.ui;

import java.util.List;

/**
 * Every key the window answers to, in the words the key overlay ({@code ?}) and the user guide use. One list, so
 * the overlay cannot forget a key the window has; a new key goes here as well as into {@link Shortcuts}.
 */
final class KeyGuide {

    /** One line of the overlay: the keys, and what they do. */
    record Key(String keys, String does) {
    }

    static final List<Key> KEYS = List.of(
            new Key("j / k,  ↓ / ↑", "next / previous paper"),
            new Key("Space", "page down the reading pane, then next unread"),
            new Key("[ / ]", "previous / next day (week, month) with papers"),
            new Key("s", "star or unstar"),
            new Key("m", "mark read or unread"),
            new Key("t", "add a tag (type it, Enter; t again for another)"),
            new Key("n", "edit the paper's note (Esc: back to the list, the note kept)"),
            new Key("x", "not interested (again: interested)"),
            new Key("Ctrl+Z", "undo the last x or Mark all read (as the toolbar's Undo)"),
            new Key("o", "open the paper in the browser"),
            new Key("c", "copy the paper's link"),
            new Key("b", "copy the paper's BibTeX"),
            new Key("r", "refresh the sources"),
            new Key("/", "go to the search field"),
            new Key("Esc", "leave a text field for the list (the search keeps its text); in the list: clear the "
                    + "search, or with none, dismiss the notice under the toolbar"),
            new Key("Enter, ↓ (search field)", "go to the list, Enter searching exactly what you typed; Enter on a "
                    + "search that found nothing takes its \"Did you mean\", there or on the empty list"),
            new Key("Tab / Shift+Tab", "between the sidebar, the search field, the list and the reading pane; in "
                    + "the sidebar ↓ / ↑ step from view to view"),
            new Key("Alt+←,  Backspace", "back to the paper shown before a related one"),
            new Key("Right click on a paper", "a paper's actions: open, copy, star, tag, read, not interested"),
            new Key("?", "show or hide this list of keys"),
            new Key("F1", "about PaperFeed"));

    private KeyGuide() {
    }
}
