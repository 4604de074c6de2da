package org.paperfeed.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that may block (disk, index) and what to do with its outcome on the UI thread.
 * {@code BackgroundTask.wrap(() -> app.search()...).onSuccess(rows::setAll).onFailure(this::show).executeWith(executor)}.
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** The blocking part; may throw whatever the app throws. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Blocking work without a result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure = e -> LOG.error("Background work failed", e);

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrap(Action action) {
        return new BackgroundTask<>(() -> {
            action.run();
            return null;
        });
    }

    /** Runs on the UI thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** Runs on the UI thread with the failure; without one, failures are logged. */
    public BackgroundTask<T> onFailure(Consumer<? super Exception> handler) {
        this.onFailure = Objects.requireNonNull(handler, "handler");
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    /**
     * For executors: runs the blocking part on the calling thread, then hands its success or failure handler to
     * {@code ui} (the UI thread's queue, or the caller itself in a test). An {@code Error} is the executor's to handle.
     */
    void runThenReportTo(Consumer<Runnable> ui) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            ui.accept(() -> onFailure.accept(e));
            return;
        }
        ui.accept(() -> onSuccess.accept(result));
    }
}
