package org.paperfeed.library;

import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.index.IndexableField;

/**
 * Hands a batch's documents to the {@code IndexWriter} in the batch's order, from several threads, so that each of
 * Lucene's in-memory segments receives its documents in that order.
 *
 * <p>Why: the index is sorted ({@link PaperIndex#NEWEST_FIRST}), and when Lucene writes an in-memory segment to disk
 * it re-sorts the segment's postings, doc values and norms unless its documents already arrived in the index's order
 * (its stored fields and term vectors it copies either way). In a profile of an import of the real 144,468-paper file
 * that re-sort was about 7% of the samples. A batch sorted that way ({@link PaperDocuments#IN_INDEX_ORDER}) and shared
 * by threads that each take the next paper would still reach a segment out of order now and then: a thread could
 * take paper 5, be descheduled, and hand it to a segment after another thread handed paper 6 to that segment. So
 * paper {@code n + 1} waits until paper {@code n}'s thread holds its segment (or paper {@code n} turned out to have
 * nothing to write): Lucene reads a document's fields only
 * once the calling thread holds an in-memory segment of its own, which is the moment {@link Turn#inOrder} signals. A
 * segment is held until its document is in, so a later paper can never reach it first. The wait is short: looking a
 * paper up and building its document happen before it, only the hand-over is ordered, and analysing the text (most
 * of the cost) runs on every thread at once.
 */
final class WriteTurns {

    /** The turn of the paper whose document may be handed to the writer now. */
    private int next;
    /**
     * Later papers that gave up their turn before it came, having nothing to write (a paper already there,
     * unchanged): {@link #next} skips them when it gets there.
     */
    private final BitSet passedEarly = new BitSet();
    private boolean abandoned;

    /** One paper's place in the order. */
    Turn turn(int place) {
        return new PlaceInOrder(place);
    }

    /** A thread failed: the batch will be rolled back, so no one waits for the turns it will never pass. */
    synchronized void abandon() {
        abandoned = true;
        notifyAll();
    }

    private synchronized void await(int place) throws IOException {
        boolean interrupted = false;
        try {
            while (next < place && !abandoned) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                    abandoned = true;
                    notifyAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (next < place) {
            throw new Abandoned();
        }
    }

    /** Whether {@code failure} is only a thread giving up because another failed. */
    static boolean isAbandonment(Throwable failure) {
        return failure instanceof Abandoned;
    }

    private static final class Abandoned extends IOException {
        private static final long serialVersionUID = 1L;

        private Abandoned() {
            super("the batch was given up by another thread");
        }
    }

    private synchronized void pass(int place) {
        if (place > next) {
            passedEarly.set(place);
            return;
        }
        if (place == next) {
            next = passedEarly.nextClearBit(place + 1);
            passedEarly.clear(place + 1, next);
            notifyAll();
        }
    }

    /** One paper's place in the order of its batch. */
    interface Turn {
        /**
         * Waits for this paper's turn and returns its document in a form that passes the turn on as the writer
         * starts reading it (the writer then holds the in-memory segment it goes to).
         */
        Iterable<IndexableField> inOrder(Iterable<IndexableField> document) throws IOException;

        /** Lets the next paper go: safe to call more than once, and for a paper that had nothing to write. */
        void pass();

        /** For a batch written on one thread, whose documents reach the writer in its order anyway. */
        Turn ONE_THREAD = new Turn() {
            @Override
            public Iterable<IndexableField> inOrder(Iterable<IndexableField> document) {
                return document;
            }

            @Override
            public void pass() {
            }
        };
    }

    private final class PlaceInOrder implements Turn {
        private final int place;

        private PlaceInOrder(int place) {
            this.place = place;
        }

        @Override
        public Iterable<IndexableField> inOrder(Iterable<IndexableField> document) throws IOException {
            await(place);
            return () -> {
                pass();
                return document.iterator();
            };
        }

        @Override
        public void pass() {
            WriteTurns.this.pass(place);
        }
    }
}
