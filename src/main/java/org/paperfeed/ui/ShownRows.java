package org.paperfeed.ui;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The rows a list shows on the screen, read from its virtual flow (the cells on the screen, not the one it lays out
 * to measure rows): which rows to highlight, and where the reader's place is when the rows change.
 *
 * @param first     the first row on the screen, if only in part
 * @param last      the last row on the screen, if only in part
 * @param lastWhole whether the last row is wholly on the screen
 */
record ShownRows(int first, int last, boolean lastWhole) {

    /** The rows {@code list} shows; null before it is laid out. */
    static ShownRows of(ListView<?> list) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return null;
        }
        IndexedCell<?> firstCell = flow.getFirstVisibleCell();
        IndexedCell<?> lastCell = flow.getLastVisibleCell();
        if (firstCell == null || lastCell == null) {
            return null;
        }
        boolean whole = lastCell.getLayoutY() + lastCell.getHeight() <= flow.getHeight() + 0.5;
        return new ShownRows(firstCell.getIndex(), lastCell.getIndex(), whole);
    }

    /** The row after the last one wholly on the screen. */
    int afterLastWhole() {
        return last + (lastWhole ? 1 : 0);
    }
}
