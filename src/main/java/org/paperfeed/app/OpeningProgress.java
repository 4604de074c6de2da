package org.paperfeed.app;

/**
 * What a long open of the library is doing, told as it happens, on the opening thread: a rebuild of the index reads
 * every kept digest again and takes seconds to minutes on a large library, and a reader who sees nothing in that time
 * takes the program for hung. The window shows it in a window of its own while it waits; the command line says in one
 * line that a rebuild started.
 */
public interface OpeningProgress {

    /** Tells nobody: an open whose caller shows nothing while it waits. */
    OpeningProgress SILENT = new OpeningProgress() {
        @Override
        public void rebuildStarted(String why, int keptDigests) {
        }

        @Override
        public void digestsReadBack(int done, int of) {
        }
    };

    /**
     * The index is about to be rebuilt: first from the intact parts of a damaged index, then from the kept digests.
     *
     * @param why one sentence, e.g. "The library index was damaged."
     */
    void rebuildStarted(String why, int keptDigests);

    /** {@code done} of the {@code of} kept digests were read back (or found unreadable). */
    void digestsReadBack(int done, int of);

    /**
     * True once the reader asked to stop (closed the window that shows the rebuild): the rebuild stops before its next
     * kept digest and the open fails with {@link RebuildStoppedException}; the next open starts the rebuild again,
     * as after a kill. Asked on the opening thread.
     */
    default boolean stopAsked() {
        return false;
    }
}
