package org.paperfeed.library;

import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's concurrent merge scheduler, except that a merge that fails on its own thread is logged in one line instead
 * of thrown: Lucene's scheduler throws it out of the thread, whose default handler prints a stack trace of a hundred
 * lines or more on the terminal, beside a command's one line (a merge that ran out of room on a full disk did). The
 * failure loses nothing, the segments stay as they were, and it still reaches the library: Lucene closes the writer
 * after it ({@link org.apache.lucene.index.IndexWriter#getTragicException}), and
 * {@link PaperIndex#reopenIfStopped} opens another before the next change.
 */
final class QuietMergeScheduler extends ConcurrentMergeScheduler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuietMergeScheduler.class);

    @Override
    protected void handleMergeException(Throwable failure) {
        // Not WARN: the CLI prints warnings on stderr, and the change that meets the closed writer says why itself.
        LOG.info("A merge of the index's segments failed, its segments stay as they are: {}", failure.toString());
    }
}
