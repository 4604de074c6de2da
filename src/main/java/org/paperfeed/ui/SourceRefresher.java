package org.paperfeed.ui;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the window needs from refreshing sources over the network, kept to this so the app's refresh use case
 * can be wired in without the views changing. Both methods may block; the window calls them off the FX thread.
 */
public interface SourceRefresher {

    /** A refresher with no sources: the window's until the app can refresh. */
    SourceRefresher NONE = new SourceRefresher() {
        @Override
        public List<SourceStatus> sources() {
            return List.of();
        }

        @Override
        public void refresh(Consumer<SourceStatus> progress) {
        }
    };

    /** Every configured source with the outcome of its last refresh. */
    List<SourceStatus> sources();

    /**
     * Refreshes every source, reporting each as it starts ({@code REFRESHING}) and ends (OK, OFFLINE or ERROR);
     * papers reach the library through the app, which announces them with {@code LibraryChanged}.
     */
    void refresh(Consumer<SourceStatus> progress) throws Exception;

    default boolean isAvailable() {
        return !sources().isEmpty();
    }
}
