package org.paperfeed.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.paperfeed.ingest.ArxivSnapshotReader;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.library.PaperLibrary;

/**
 * For the huge benchmark: the snapshot import's own loop (a batch read ahead on its own thread, {@link ReadAhead},
 * each batch one {@link PaperLibrary#add}, the merges waited for at the end) over a generated stream instead of a
 * file, so a 2.7M-paper library need not be written out first. Only the checkpoint file (one small durable write per
 * batch) is left out.
 */
public final class StreamImport {

    private StreamImport() {
    }

    /** Imports every paper of {@code text}; tells {@code progress} the papers so far after each batch. */
    public static long run(PaperLibrary library, InputStream text, LongConsumer progress) throws IOException {
        long papers = 0;
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.over(text,
                new ParseContext("bench-huge", "arxiv-metadata", LocalDate.now()));
             ReadAhead batches = new ReadAhead(reader, ImportPapers.SNAPSHOT_BATCH)) {
            for (ReadAhead.Batch batch = batches.next(); batch != null; batch = batches.next()) {
                library.add(batch.papers());
                papers += batch.papers().size();
                progress.accept(papers);
            }
        }
        long merging = System.nanoTime();
        library.keepMerges();
        System.out.printf("[bench-huge] the merges finished %.0f s after the last batch%n",
                (System.nanoTime() - merging) / 1e9);
        return papers;
    }
}
