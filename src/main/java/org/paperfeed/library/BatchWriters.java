package org.paperfeed.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperfeed.support.WorkerFailures;

/**
 * Writes a large batch of papers on one thread per core (at most four), all feeding the one {@code IndexWriter}
 * (Lucene gives each thread its own in-memory segment): analysing title and abstract is most of what an import costs,
 * and one thread leaves the other cores idle. The threads take the batch's papers one at a time in its order and hand their
 * documents to the writer in that order ({@link WriteTurns}), so a batch sorted as the index is reaches every
 * in-memory segment sorted and Lucene need not re-sort it when it writes it. Each thread writes one in-memory segment
 * to disk as it finishes ({@code PaperIndex.flushOneBuffer}, the caller's {@code afterShare}), so the commit does not
 * write them all on one thread while the others wait. Small batches (a day's digest) stay on the calling thread.
 * The caller commits only after every thread is done, and rolls back if any failed, so a batch is still saved whole
 * or not at all.
 */
final class BatchWriters {

    /** Below this many papers a batch is written on the calling thread: threads would cost more than they save. */
    static final int PARALLEL_FROM = 2_000;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Daemon threads, made once: they idle between imports and never keep the process alive. */
    private static final ExecutorService POOL = THREADS == 1 ? null : Executors.newFixedThreadPool(THREADS - 1,
            daemons());

    /** What writing one paper did. */
    enum Outcome { ADDED, UPDATED, UNCHANGED }

    /** Writes one paper, handing its document to the writer through {@link WriteTurns.Turn#inOrder}. */
    @FunctionalInterface
    interface PaperWriter<T> {
        Outcome write(T item, WriteTurns.Turn turn) throws IOException;
    }

    /** What each thread does once it has no more papers to take (on the calling thread too). */
    @FunctionalInterface
    interface ShareEnd {
        void run() throws IOException;
    }

    private BatchWriters() {
    }

    /** Whether a batch of {@code size} papers is split over several threads. */
    static boolean isParallel(int size) {
        return POOL != null && size >= PARALLEL_FROM;
    }

    /**
     * Runs {@code writer} over every item, in the items' order, on several threads if the batch is large (then
     * {@code afterShare} on each); returns {added, updated}.
     */
    static <T> int[] run(List<T> items, PaperWriter<T> writer, ShareEnd afterShare) throws IOException {
        if (!isParallel(items.size())) {
            int[] counts = new int[2];
            for (T item : items) {
                count(counts, writer.write(item, WriteTurns.Turn.ONE_THREAD));
            }
            return counts;
        }
        WriteTurns turns = new WriteTurns();
        AtomicInteger taken = new AtomicInteger();
        Callable<int[]> share = () -> {
            try {
                int[] counts = new int[2];
                for (int place = taken.getAndIncrement(); place < items.size(); place = taken.getAndIncrement()) {
                    WriteTurns.Turn turn = turns.turn(place);
                    try {
                        count(counts, writer.write(items.get(place), turn));
                    } finally {
                        turn.pass();
                    }
                }
                afterShare.run();
                return counts;
            } catch (Throwable failure) {
                turns.abandon();
                throw failure;
            }
        };
        List<Future<int[]>> others = new ArrayList<>();
        for (int t = 1; t < THREADS; t++) {
            others.add(POOL.submit(share));
        }
        int[] total = null;
        Throwable failure = null;
        try {
            total = share.call();
        } catch (Throwable e) {
            failure = e;
        } finally {
            // Every thread ends before the caller commits or rolls back: none may write after that.
            for (Future<int[]> other : others) {
                awaitQuietly(other);
            }
        }
        for (Future<int[]> other : others) {
            try {
                int[] counts = result(other);
                if (total != null) {
                    total = new int[] {total[0] + counts[0], total[1] + counts[1]};
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = firstCause(failure, e);
            }
        }
        if (failure != null) {
            throw WorkerFailures.rethrown(failure);
        }
        return total;
    }

    private static void count(int[] counts, Outcome outcome) {
        switch (outcome) {
            case ADDED -> counts[0]++;
            case UPDATED -> counts[1]++;
            case UNCHANGED -> {
            }
        }
    }

    /** The failure to report: the one that made the others give up, not their giving up. */
    private static Throwable firstCause(Throwable reported, Throwable another) {
        if (reported == null || WriteTurns.isAbandonment(reported) && !WriteTurns.isAbandonment(another)) {
            return another;
        }
        return reported;
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
