package org.paperfeed.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work on a small pool of daemon threads, callbacks on the FX thread. Two threads: a slow refresh or import must
 * not hold up a search typed meanwhile, and the index serialises its own writes anyway.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    /** @param name what its threads are called, numbered: {@code paperfeed-background-1} */
    public FxTaskExecutor(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (pool.isShutdown()) {
            // The window is closing; a debounced search or a layout change arriving now has nobody to show it to.
            LOG.debug("Background work submitted after close; dropped");
            return;
        }
        pool.execute(() -> {
            try {
                task.runThenReportTo(Platform::runLater);
            } catch (Error e) {
                LOG.error("Background work crashed", e);
                throw e;
            }
        });
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Takes no more work and leaves what runs to finish on its own (daemon threads): for work the app itself cancels
     * when it closes, such as a refresh waiting on the network.
     */
    public void shutdown() {
        pool.shutdown();
    }

    /** Lets running work finish briefly (a mark being written) before the library closes under it. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit; abandoning it");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
