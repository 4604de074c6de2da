package org.paperfeed.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperfeed.ingest.ArxivSnapshotReader;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.library.AddResult;
import org.paperfeed.model.Sha256;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperId;
import org.paperfeed.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an arXiv metadata snapshot (gigabytes, millions of papers) as a stream, in batches of one commit each.
 *
 * <p>After each commit a small checkpoint records the file (path, size, modification time, a hash of its first
 * 64 KB) and the offset just past the last saved line. A run that finds an unfinished checkpoint for the same file,
 * whose last saved paper is in the library, starts at that offset; anything else starts at the beginning, which is
 * also safe since re-adding a paper only merges it. The checkpoint stays after the import completes. The snapshot is
 * far too large to copy into the digest archive, so an index rebuild cannot bring its papers back: the library's
 * open says which file to import again ({@link ImportsMissing}, from {@link ImportedFiles}).
 *
 * <p>The file is read and parsed on a thread of its own ({@link ReadAhead}), one batch ahead of the batch being
 * indexed, so reading and indexing use two cores; each checkpoint still records the offset just past its own batch.
 */
final class SnapshotImport {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotImport.class);
    private static final JsonMapper JSON = Json.FILES;
    private static final int HEAD_BYTES = 64 * 1024;

    /** What the checkpoint file holds. */
    record Checkpoint(String path, long size, long modified, String head, long offset, long papers, String lastId,
                      boolean complete) {
    }

    private final PaperLibrary library;
    private final Path checkpoints;
    private final int batchSize;

    SnapshotImport(PaperLibrary library, Path checkpoints, int batchSize) {
        this.library = library;
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
    }

    ImportReport run(Path file, String sourceName, LocalDate today, Consumer<ImportProgress> progress)
            throws IOException {
        String origin = file.toString();
        long start = System.nanoTime();
        Path checkpointFile = checkpointFile(file);
        Checkpoint identity = identify(file);
        long resumeAt = resumeOffset(checkpointFile, identity);
        if (resumeAt > 0) {
            LOG.info("{}: resuming an interrupted import at byte {} of the text", origin, resumeAt);
        }
        int added = 0;
        int updated = 0;
        long papers = 0;
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.open(file, resumeAt,
                new ParseContext(origin, sourceName, today));
             ReadAhead batches = new ReadAhead(reader, batchSize)) {
            long skippedBytes = reader.fileBytesRead();
            for (ReadAhead.Batch batch = batches.next(); batch != null; batch = batches.next()) {
                AddResult result = library.add(batch.papers());
                added += result.added();
                updated += result.updated();
                papers += batch.papers().size();
                String lastId = batch.papers().get(batch.papers().size() - 1).id().value();
                // The offset read with the batch, not the reader's now: the reader is already on the next one.
                save(checkpointFile, withProgress(identity, batch.offset(), papers, lastId, batch.last()));
                progress.accept(new ImportProgress(papers, batch.fileBytesRead(), reader.fileSize(),
                        Duration.ofNanos(System.nanoTime() - start), skippedBytes));
            }
            if (papers == 0) {
                save(checkpointFile, withProgress(identity, batches.endOffset(), 0, null, true));
            }
            // Like a bare IndexWriter's close, the import ends when the merges it started are done and kept.
            long merging = System.nanoTime();
            library.keepMerges();
            LOG.info("{}: the index's merges finished {} ms after the last batch", origin,
                    (System.nanoTime() - merging) / 1_000_000);
            return new ImportReport(origin, added, updated, batches.unusableLines(), null, batches.trimmed());
        }
    }

    /** Where to start: the saved offset when an unfinished checkpoint is for this very file and its work is saved. */
    private long resumeOffset(Path checkpointFile, Checkpoint identity) throws IOException {
        if (!Files.exists(checkpointFile)) {
            return 0;
        }
        Checkpoint saved;
        try {
            saved = JSON.readValue(Files.readString(checkpointFile), Checkpoint.class);
        } catch (RuntimeException e) {
            LOG.warn("{}: unreadable import checkpoint ignored: {}", checkpointFile, e.getMessage());
            return 0;
        }
        boolean sameFile = saved.path().equals(identity.path()) && saved.size() == identity.size()
                && saved.modified() == identity.modified() && saved.head().equals(identity.head());
        if (!sameFile || saved.complete() || saved.lastId() == null) {
            return 0;
        }
        if (library.get(new PaperId(saved.lastId())).isEmpty()) {
            LOG.info("{}: the library lacks papers an earlier import saved; reading the file from the start",
                    identity.path());
            return 0;
        }
        return saved.offset();
    }

    private Path checkpointFile(Path file) {
        byte[] path = file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        return checkpoints.resolve(Sha256.hex(path, 16) + ".json");
    }

    private static Checkpoint identify(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return new Checkpoint(file.toAbsolutePath().normalize().toString(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis(), Sha256.hex(head, 16), 0, 0, null, false);
    }

    private static Checkpoint withProgress(Checkpoint identity, long offset, long papers, String lastId,
                                           boolean complete) {
        return new Checkpoint(identity.path(), identity.size(), identity.modified(), identity.head(), offset, papers,
                lastId, complete);
    }

    private static void save(Path checkpointFile, Checkpoint checkpoint) throws IOException {
        DurableFiles.write(checkpointFile, JSON.writeValueAsBytes(checkpoint));
    }
}
