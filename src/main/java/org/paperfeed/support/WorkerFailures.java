package org.paperfeed.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a worker thread failed with, handed back to the thread that waits for it: the snapshot's read-ahead thread,
 * the batch writers and For you's second scoring thread end their caller's call with the failure as if the caller had
 * met it itself; and the wait for a worker that was told to stop.
 */
public final class WorkerFailures {

    private WorkerFailures() {
    }

    /**
     * The failure to throw in the waiting thread: an {@code IOException} as it was, the one inside an
     * {@code UncheckedIOException} (a lambda's way of carrying it), any other checked exception wrapped in one.
     * Unchecked exceptions and errors are thrown from here as they were.
     *
     * <p>Use: {@code throw WorkerFailures.rethrown(e.getCause());}
     */
    public static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    /**
     * Waits for {@code worker} to end, an interrupt of this thread kept for later rather than leaving the worker
     * running: the caller goes on to close what the worker reads (an index reader, a file) once this returns.
     */
    public static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
