package org.paperfeed.ui;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.ViewQuery;

/**
 * Keeps the reading pane on the list: the pane shows the list's selected row, marked for the list's current
 * query, or nothing when no row is selected (a new search, another feed or an empty view left the paper out).
 * The one exception is a related paper opened from the pane: it stays until the user moves in the list, leaves the
 * view it was opened from, or goes back (Alt+Left, Backspace).
 */
final class ReaderSync {

    private final ListView<FeedRow> list;
    private final FeedViewModel feed;
    private final ReaderViewModel reader;
    /** The list's view when a related paper was opened in the pane; null when the pane follows the list. */
    private ViewQuery detourFrom;
    /** The paper last selected in the list, through passing deselections. */
    private org.paperfeed.model.PaperId selectedId;

    ReaderSync(ListView<FeedRow> list, FeedViewModel feed, ReaderViewModel reader) {
        this.list = list;
        this.feed = feed;
        this.reader = reader;
        // The list's selection model and FeedView's reselection hear a change of rows first: sync after them.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // The same paper again is a row refreshed in place (its marks changed), not the user moving.
            // No selection is often a passing state: a row replaced in place is deselected, then selected again
            // (FeedView); the change of rows itself decides whether the pane empties.
            if (row == null) {
                return;
            }
            if (!row.entry().id().equals(selectedId)) {
                selectedId = row.entry().id();
                detourFrom = null;
            }
            sync();
        });
        list.getItems().addListener((ListChangeListener<FeedRow>) change -> sync());
        reader.canGoBackProperty().addListener((obs, was, can) -> {
            if (!can) {
                detourFrom = null;
            }
        });
    }

    /**
     * A related paper was clicked: selected in the list when the list holds it, else opened in the pane with a way
     * back. Either way the list takes the focus: the clicked link leaves the pane as it is rebuilt, and the focus
     * would pass to the search field, where Backspace (Back) and the other keys would edit the search.
     */
    void openRelated(LibraryPaper paper) {
        list.requestFocus();
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).entry().id().equals(paper.id())) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
        reader.open(paper, feed.effectiveQuery());
        detourFrom = feed.view();
    }

    /** Back to the paper shown before a related one; false when the pane shows the list's selection. */
    boolean back() {
        if (!reader.back()) {
            return false;
        }
        if (!reader.canGoBackProperty().get()) {
            // Back at the start of the detour: the list's selection again, in case it moved meanwhile.
            detourFrom = null;
            sync();
        }
        return true;
    }

    private void sync() {
        if (detourFrom != null && detourFrom.equals(feed.view()) && reader.canGoBackProperty().get()) {
            return;
        }
        FeedRow row = list.getSelectionModel().getSelectedItem();
        LibraryPaper shown = reader.paperProperty().get();
        String query = feed.effectiveQuery();
        if (row == null) {
            if (shown != null) {
                reader.show(null, query);
            }
        } else if (shown == null || !shown.id().equals(row.entry().id()) || reader.canGoBackProperty().get()) {
            reader.show(row.entry(), query);
        } else if (!Objects.equals(reader.query(), query)) {
            // Same paper, another search: its abstract is marked for what the list now matches.
            reader.highlight(query);
        }
        detourFrom = null;
    }
}
