package org.paperfeed.library;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.util.IOUtils;
import org.paperfeed.support.WorkerFailures;

/**
 * Opens an index read-only on a daemon thread of its own, for {@link PaperLibrary#openReadingFirst}: the calling thread
 * reads the journal meanwhile. Opening fails as {@link PaperIndex#openReadOnly} does; {@link #await} says so with
 * null, since the caller then opens the library the writing way, which reports any damage itself.
 */
final class IndexOpener {

    private IndexOpener() {
    }

    static CompletableFuture<PaperIndex> start(Path folder) {
        CompletableFuture<PaperIndex> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(PaperIndex.openReadOnly(folder));
            } catch (Throwable e) { // every failure goes to the caller, which is waiting for this thread
                opening.completeExceptionally(e);
            }
        }, "paperfeed-index-open");
        opener.setDaemon(true);
        opener.start();
        return opening;
    }

    /** The opened index, or null when it could not be opened (no index, or damaged: an {@link IOException}). */
    static PaperIndex await(CompletableFuture<PaperIndex> opening) throws IOException {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            // An unchecked failure or an error is thrown here as it was; what is left is the open's IOException.
            WorkerFailures.rethrown(e.getCause());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(opening);
            throw new InterruptedIOException("interrupted while opening the index");
        }
    }

    /** Closes the index when it is open, for a caller that no longer wants it. */
    static void discard(CompletableFuture<PaperIndex> opening) {
        opening.thenAccept(index -> IOUtils.closeWhileHandlingException(index::close));
    }
}
