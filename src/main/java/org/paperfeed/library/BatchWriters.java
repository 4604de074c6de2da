package org.paperfeed.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.paperfeed.support.WorkerFailures;

/**
 * Splits a large batch of papers over one thread per core, all feeding the one {@code IndexWriter} (Lucene gives each
 * thread its own in-memory segment): analysing title and abstract is most of what an import costs, and one thread
 * leaves the other cores idle. Each thread writes one in-memory segment to disk as it finishes its share
 * ({@code PaperIndex.flushOneBuffer}), so the commit does not write them all on one thread while the others wait.
 * Small batches (a day's digest) stay on the calling thread. The caller commits only
 * after every slice is written, and rolls back if any failed, so a batch is still saved whole or not at all.
 */
final class BatchWriters {

    /** Below this many papers a batch is written on the calling thread: threads would cost more than they save. */
    static final int PARALLEL_FROM = 2_000;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Daemon threads, made once: they idle between imports and never keep the process alive. */
    private static final ExecutorService POOL = THREADS == 1 ? null : Executors.newFixedThreadPool(THREADS - 1,
            daemons());

    /** Writes one slice; returns {added, updated}. */
    @FunctionalInterface
    interface SliceWriter<T> {
        int[] write(List<T> slice) throws IOException;
    }

    private BatchWriters() {
    }

    /** Whether a batch of {@code size} papers is split over several threads. */
    static boolean isParallel(int size) {
        return POOL != null && size >= PARALLEL_FROM;
    }

    /** Runs {@code writer} over slices of {@code items}, the last slice on the calling thread; sums the counts. */
    static <T> int[] run(List<T> items, SliceWriter<T> writer) throws IOException {
        if (!isParallel(items.size())) {
            return writer.write(items);
        }
        int per = (items.size() + THREADS - 1) / THREADS;
        List<Future<int[]>> others = new ArrayList<>();
        for (int from = 0; from + per < items.size(); from += per) {
            List<T> slice = items.subList(from, from + per);
            others.add(POOL.submit(() -> writer.write(slice)));
        }
        int[] total;
        try {
            total = writer.write(items.subList(others.size() * per, items.size()));
        } finally {
            // Every slice ends before the caller commits or rolls back: none may write after that.
            for (Future<int[]> other : others) {
                awaitQuietly(other);
            }
        }
        for (Future<int[]> other : others) {
            int[] counts = result(other);
            total = new int[] {total[0] + counts[0], total[1] + counts[1]};
        }
        return total;
    }

    private static void awaitQuietly(Future<?> future) {
        boolean interrupted = false;
        while (true) {
            try {
                future.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int[] result(Future<int[]> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a batch", e);
        } catch (ExecutionException e) {
            throw WorkerFailures.rethrown(e.getCause());
        }
    }

    private static ThreadFactory daemons() {
        return runnable -> {
            Thread thread = new Thread(runnable, "paperfeed-batch-writer");
            thread.setDaemon(true);
            return thread;
        };
    }
}
