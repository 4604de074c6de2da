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
 * batches are in memory (the one being indexed and the one waiting), whatever the file's size. A batch ends at its
 * number of papers or at its share of the heap in text ({@link #textBudget}), whichever comes first: with 256 MB of
 * heap, two batches of 20,000 papers of long records beside the index writer's buffers ran out of memory. Each batch
 * carries the reader's offset just past its last line, taken when it was read, which is what a checkpoint must
 * record.
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
    private final long batchText;
    private final SynchronousQueue<Handed> handOver = new SynchronousQueue<>();
    private final PaperLimits limits; // one over-long line must not stop every resume at its batch
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;
    private volatile long endOffset;

    /**
     * The text one batch may hold: a sixteenth of the heap (16 MB of text under {@code -Xmx256m}, parsed into about
     * twice that in objects, two batches at a time), and at least 1 MB. On a default heap (a quarter of the memory)
     * a batch of 20,000 papers (about 40 MB of text) stays well under it.
     */
    static long textBudget() {
        return Math.max(1L << 20, Runtime.getRuntime().maxMemory() / 16);
    }

    ReadAhead(ArxivSnapshotReader reader, int batchSize) {
        this(reader, batchSize, textBudget());
    }

    /** @param batchText the text, in bytes of the file's (decompressed) text, after which a batch ends */
    ReadAhead(ArxivSnapshotReader reader, int batchSize, long batchText) {
        this.reader = reader;
        this.batchSize = batchSize;
        this.batchText = batchText;
        this.limits = new PaperLimits(reader.sourceName());
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
            long batchStart = reader.offset();
            boolean more = true;
            while (more && !closed) {
                Optional<Paper> paper = reader.next();
                paper.flatMap(limits::check).ifPresent(batch::add);
                more = paper.isPresent();
                boolean full = batch.size() == batchSize
                        || (!batch.isEmpty() && reader.offset() - batchStart >= batchText);
                if (full || (!more && !batch.isEmpty())) {
                    Batch read = new Batch(batch, reader.offset(), reader.fileBytesRead(), !more);
                    batch = new ArrayList<>(batchSize);
                    batchStart = reader.offset();
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
        WorkerFailures.joinUninterruptibly(thread);
    }
}
