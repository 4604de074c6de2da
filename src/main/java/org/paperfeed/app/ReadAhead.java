package org.paperfeed.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import org.paperfeed.ingest.ArxivSnapshotReader;
import org.paperfeed.ingest.PaperLimits;
import org.paperfeed.model.Paper;
import org.paperfeed.support.WorkerFailures;

/**
 * Reads and parses a snapshot's batches on a thread of its own while the caller indexes the previous one: parsing
 * JSON is a third of an import's work and needs no index. The hand-over is a {@link SynchronousQueue}, so at most two
 * batches are in memory (the one being indexed and the one waiting), whatever the file's size. Each batch carries
 * the reader's offset just past its last line, taken when it was read, which is what a checkpoint must record.
 */
final class ReadAhead implements AutoCloseable {

    /** One batch as read: the papers, the text offset just past them, and whether the file ended with it. */
    record Batch(List<Paper> papers, long offset, long fileBytesRead, boolean last) {
    }

    /** What the reading thread hands over: a batch, the end, or why it stopped. */
    private record Handed(Batch batch, Throwable failure) {
    }

    private static final Handed END = new Handed(null, null);

    private final ArxivSnapshotReader reader;
    private final int batchSize;
    private final SynchronousQueue<Handed> handOver = new SynchronousQueue<>();
    private final PaperLimits limits = new PaperLimits(); // one over-long line must not stop every resume at its batch
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;
    private volatile long endOffset;

    ReadAhead(ArxivSnapshotReader reader, int batchSize) {
        this.reader = reader;
        this.batchSize = batchSize;
        this.endOffset = reader.offset();
        this.thread = new Thread(this::readAll, "paperfeed-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, or null after the last; a failure to read on the other thread is thrown here. */
    Batch next() throws IOException {
        if (ended) {
            return null;
        }
        Handed handed;
        try {
            handed = handOver.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + "the snapshot", e);
        }
        if (handed.failure() != null) {
            ended = true;
            throw WorkerFailures.rethrown(handed.failure());
        }
        if (handed.batch() == null) {
            ended = true;
        }
        return handed.batch();
    }

    /** The offset at the end of the text, once {@link #next} returned null. */
    long endOffset() {
        return endOffset;
    }

    int unusableLines() {
        return reader.unusableLines() + limits.skipped();
    }

    int trimmed() {
        return limits.trimmed();
    }

    private void readAll() {
        try {
            List<Paper> batch = new ArrayList<>(batchSize);
            boolean more = true;
            while (more && !closed) {
                Optional<Paper> paper = reader.next();
                paper.flatMap(limits::check).ifPresent(batch::add);
                more = paper.isPresent();
                if (batch.size() == batchSize || (!more && !batch.isEmpty())) {
                    Batch read = new Batch(batch, reader.offset(), reader.fileBytesRead(), !more);
                    batch = new ArrayList<>(batchSize);
                    if (!hand(new Handed(read, null))) {
                        return;
                    }
                }
            }
            endOffset = reader.offset();
            hand(END);
        } catch (IOException | RuntimeException | Error e) {
            hand(new Handed(null, e));
        }
    }

    /** Waits for the caller to take it; false when the caller closed this meanwhile. */
    private boolean hand(Handed handed) {
        while (!closed) {
            try {
                if (handOver.offer(handed, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }

    /** Stops the reading thread and waits for it, so the caller may close the reader after this. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
