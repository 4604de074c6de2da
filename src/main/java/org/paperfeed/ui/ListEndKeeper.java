package org.paperfeed.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a list scrolled to its end at its end while its rows grow. A feed row grows when its snippet arrives (rows are
 * listed first and highlighted once shown) or when a tag is added, and a JavaFX list keeps its top row where it was:
 * scrolled to the end (End, or the last row selected), the last rows were pushed below the screen with nothing to
 * bring them back. A row refilled in place while the list shows its end brings the end back once the taller rows are
 * laid out.
 */
final class ListEndKeeper<T> {

    /** Pulses given to bring the last row back whole (the list settles in one or two). */
    private static final int PULSES = 4;

    private final ListView<T> list;
    /** A pulse listener is waiting to bring the end back: further refills before it runs need none of their own. */
    private boolean pending;

    private ListEndKeeper(ListView<T> list) {
        this.list = list;
    }

    static <T> void install(ListView<T> list) {
        ListEndKeeper<T> keeper = new ListEndKeeper<>(list);
        // The rows the list holds now: a feed's rows are one list for the window's life.
        list.getItems().addListener(keeper::rowsChanged);
    }

    private void rowsChanged(ListChangeListener.Change<? extends T> change) {
        int size = list.getItems().size();
        Scene scene = list.getScene();
        if (pending || scene == null || !showsTheEnd(size) || !refilledInPlace(change, size)) {
            return;
        }
        pending = true;
        scene.addPostLayoutPulseListener(new Runnable() {
            private int left = PULSES;

            @Override
            public void run() {
                if (list.getItems().size() != size || lastRowWhole(size) || --left < 0) {
                    scene.removePostLayoutPulseListener(this);
                    pending = false;
                } else if (flow() != null) {
                    // The end itself, not the row: the list keeps its place as a fraction of its estimated height,
                    // and a row scrolled to by pixels drifts off again when the estimate changes.
                    flow().setPosition(1);
                    Platform.requestNextPulse();
                }
            }
        });
    }

    /** The list scrolled to its end: its last row on the screen, below the first row (they do not all fit). */
    private boolean showsTheEnd(int size) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() > 0 && last.getIndex() == size - 1;
    }

    /** The last row laid out and wholly inside the list. */
    private boolean lastRowWhole(int size) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() == size - 1
                && last.getLayoutY() + last.getHeight() <= flow.getHeight() + 0.5;
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    /** Rows replaced one for one (a snippet, a mark), not a new list of results. */
    private static <T> boolean refilledInPlace(ListChangeListener.Change<? extends T> change, int size) {
        boolean any = false;
        try {
            while (change.next()) {
                if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()
                        || change.getAddedSize() == size) {
                    return false;
                }
                any = true;
            }
            return any;
        } finally {
            change.reset();
        }
    }
}
