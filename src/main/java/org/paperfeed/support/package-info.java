/**
 * The bottom of the stack: concerns every layer shares and none owns. {@link org.paperfeed.support.DurableFiles} writes
 * a file so that it survives a crash (a temporary file, forced, renamed over the old one, the folder synced: one step,
 * whichever way the content is written), whole, streamed, or filled through a memory map when it is written out of
 * order (For you's document-frequency tables, after checking the disk has room); the journal's compaction, preferences,
 * sources, digest archive, checkpoints, exports and those tables all go through it. {@link org.paperfeed.support.Json}
 * is the one place JSON is configured: bounded reading of untrusted input, the user's own files, and pretty output.
 * {@link org.paperfeed.support.WorkerFailures} hands a worker thread's failure back to the thread waiting for it (the
 * snapshot's read-ahead, the batch writers, the index opened beside the journal for the window, For you's second
 * scoring thread) and waits out a worker told to stop. {@link
 * org.paperfeed.support.Plural} puts a count and its noun in words ("1 paper", "2 papers") for the command line's
 * lines, the app's messages and the log.
 *
 * <p>Hashing is not here: {@code model.Sha256} names a title-only paper ({@code PaperId}), so it lives with the
 * model, which depends on nothing, and the layers above use that one.
 *
 * <p>Every layer above {@code model} may use this package; it depends only on the JDK and Jackson, never on any other
 * PaperFeed package, and knows nothing of papers ({@code ArchitectureTest}).
 */
package org.paperfeed.support;
