package org.paperfeed.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.model.LibraryPaper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed events about the library, passed in to whoever needs them (never a global), so a window can follow
 * changes made by a refresh or another view. Listeners run on the thread that made the change.
 */
public final class AppEvents {

    private static final Logger LOG = LoggerFactory.getLogger(AppEvents.class);

    /** Papers were added or updated. */
    public record LibraryChanged() {
    }

    /** The user's marks on a paper changed. */
    public record PaperChanged(LibraryPaper paper) {
    }

    /**
     * The user's marks on several papers changed in one batch ("mark all read", its undo, a multi-id command): one
     * event for the lot, so a view reacts once. A change to one paper is a {@link PaperChanged}.
     */
    public record PapersChanged(List<LibraryPaper> papers) {
        public PapersChanged {
            papers = List.copyOf(papers);
        }
    }

    /**
     * For you trained its interests again (after marks changed): scores, badges and "Why" may differ now. Published
     * on the thread that trained, the background trainer's or a caller's.
     */
    public record InterestsRetrained() {
    }

    /** A source finished refreshing (published on the refresh pool's thread, once per source). */
    public record SourceRefreshed(String name, SourceStatus status) {
    }

    private record Subscription<T>(Class<T> type, Consumer<? super T> listener) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public <T> void subscribe(Class<T> type, Consumer<? super T> listener) {
        subscriptions.add(new Subscription<>(type, listener));
    }

    void publish(Object event) {
        for (Subscription<?> subscription : subscriptions) {
            try {
                subscription.offer(event);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on {}", event, e);
            }
        }
    }
}
