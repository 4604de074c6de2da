package org.paperfeed.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/**
 * Which row the list shows and keeps selected when its rows change. A JavaFX list keeps its scroll position through
 * new rows, so a new day had opened where the last one was scrolled, its first papers above the screen, and the
 * paper selected could stay selected out of sight while the reading pane showed it.
 * <ul>
 * <li>A new list (another day, search, view or order) opens at its top. The paper the reader was on stays selected
 * if the new list holds it on its first screen; further down, or not in the list, it is let go (the reading pane
 * empties), since the list shows its top, and a later list does not bring it back.</li>
 * <li>A reload of the same list (a mark, a refresh, an undo) keeps the reader's place and the paper selected; if the
 * selected row was on the screen and would leave it (a paper put back above it), it stays where it stood.</li>
 * <li>A paper an undo of {@code x} or of Interested again puts back ({@link #comeBackTo}) is selected again once the
 * list holds it, and brought onto the screen if it is not there.</li>
 * </ul>
 */
final class ListPlace {

    private final ListView<FeedRow> list;
    private final FeedViewModel model;
    /** The {@link FeedViewModel#listsOpened} of the rows listed now. */
    private long listed;
    /** The paper last selected, kept through passing deselections (a row replaced in place is deselected). */
    private String chosen;
    /** The paper an undo is putting back, selected once the rows hold it; null when there is none. */
    private String comingBack;

    private ListPlace(ListView<FeedRow> list, FeedViewModel model) {
        this.list = list;
        this.model = model;
        this.listed = model.listsOpened();
    }

    static ListPlace install(ListView<FeedRow> list, FeedViewModel model) {
        ListPlace place = new ListPlace(list, model);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                place.chosen = row.id();
            }
        });
        model.rows().addListener(place::rowsChanged);
        return place;
    }

    /**
     * Selects paper {@code id} and brings it onto the screen: now, if the list holds it (a view that kept it), else
     * when the reload that puts it back lists it. Another list opened meanwhile drops it.
     */
    void comeBackTo(String id) {
        comingBack = id;
        int index = indexOf(id);
        if (index >= 0) {
            cameBack(index, ShownRows.of(list));
        }
    }

    private void rowsChanged(ListChangeListener.Change<? extends FeedRow> change) {
        List<String> before = replacedWhole(change);
        // Read before the list is laid out again: its cells still stand for the rows before the change.
        ShownRows shown = ShownRows.of(list);
        reselect();
        int selected = list.getSelectionModel().getSelectedIndex();
        // The model counts a new list just before it replaces the rows with it: this is that change.
        if (model.listsOpened() != listed) {
            listed = model.listsOpened();
            comingBack = null;
            opened(selected, shown);
        } else if (comingBack != null && indexOf(comingBack) >= 0) {
            cameBack(indexOf(comingBack), shown);
        } else if (before != null && selected >= 0 && shown != null) {
            reloaded(before.indexOf(chosen), selected, shown);
        }
    }

    /** The paper last selected, selected again when the rows still hold it and nothing else is selected. */
    private void reselect() {
        if (chosen == null || list.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        int index = indexOf(chosen);
        if (index >= 0) {
            list.getSelectionModel().select(index);
        }
    }

    /**
     * The paper put back is selected; it stays where it stands if it was on the screen (its row takes the place of the
     * row that stood there), else the list is scrolled to show it with a little of what is above it.
     */
    private void cameBack(int index, ShownRows shown) {
        comingBack = null;
        chosen = list.getItems().get(index).id();
        list.getSelectionModel().select(index);
        if (shown == null || index < shown.first() || index >= shown.afterLastWhole()) {
            list.scrollTo(Math.max(0, index - 2));
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A new list opens at its top; a paper selected below its first screen is let go, and so is one the list does not
     * hold: the reader has left it (the pane emptied), and a later list that holds it must not select it again. It
     * had: a paper read on the latest day, then the day before (pane empty), then the week, and the week selected it
     * again, shown and, with "Mark read when shown", marked read, though the reader had moved on from it.
     */
    private void opened(int selected, ShownRows shown) {
        int screen = shown == null ? 0 : shown.afterLastWhole() - shown.first();
        if (selected < 0 || selected >= screen) {
            chosen = null;
            list.getSelectionModel().clearSelection();
        }
        list.scrollTo(0);
    }

    /**
     * The same list again: the selected row, if it was on the screen (if only in part) and would now leave it, stays
     * where it stood, give or take part of a row (the list is scrolled to a row's top).
     */
    private void reloaded(int was, int now, ShownRows shown) {
        boolean wasShown = was >= shown.first() && was <= shown.last();
        boolean leaves = now < shown.first() || now >= shown.afterLastWhole();
        if (wasShown && leaves) {
            list.scrollTo(Math.max(0, shown.first() + now - was));
        }
    }

    /** The ids of the rows before the change when it replaced them all at once (a reload), else null. */
    private static List<String> replacedWhole(ListChangeListener.Change<? extends FeedRow> change) {
        try {
            if (!change.next() || !change.wasReplaced() || change.getFrom() != 0
                    || change.getTo() != change.getList().size()) {
                return null;
            }
            List<String> removed = change.getRemoved().stream().map(FeedRow::id).toList();
            return change.next() ? null : removed;
        } finally {
            change.reset();
        }
    }
}
