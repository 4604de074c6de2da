package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.paperfeed.ingest.Digest;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.DigestParseException;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.library.DamagedIndexException;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.DigestArchive.KeptDigest;
import org.paperfeed.library.PaperLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the library, rebuilding its index from the kept digests when the index is damaged, or missing while digests
 * are kept or files were imported that are not kept (an arXiv snapshot: then the rebuild says they must be imported
 * again, and every later open says so until they are, {@link ImportsMissing}), or holding a rebuild that stopped
 * part-way ({@link PaperLibrary#unfinishedRebuild}). The rebuild lives here, not in the library, because reading the
 * digests again takes the ingest layer.
 */
final class IndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);
    /** The problem a rebuild of a missing index is for; any other is a damaged index's. */
    private static final String MISSING = "the index was missing";

    /**
     * The opened library, what was rebuilt on the way (null when nothing was), and the imported files that are not
     * kept and whose papers the library lacks when nothing was rebuilt (null when none; a rebuild's message says it).
     */
    record Opened(PaperLibrary library, LibraryRecovered recovered, ImportsMissing importsMissing) {
    }

    private final DataFolder folder;
    private final DigestArchive archive;
    /** Made only for a rebuild: its parsers set up JSON mappers, which the start need not wait for. */
    private final java.util.function.Supplier<DigestReader> reader;
    private final Clock clock;
    /** Which files were imported: those not kept are what a rebuild cannot bring back. */
    private final ImportedFiles imported;
    /** Who is told that a rebuild started and how far it got. */
    private final OpeningProgress progress;

    IndexRebuild(DataFolder folder, DigestArchive archive, java.util.function.Supplier<DigestReader> reader,
                 Clock clock, ImportedFiles imported) {
        this(folder, archive, reader, clock, imported, OpeningProgress.SILENT);
    }

    IndexRebuild(DataFolder folder, DigestArchive archive, java.util.function.Supplier<DigestReader> reader,
                 Clock clock, ImportedFiles imported, OpeningProgress progress) {
        this.progress = progress;
        this.folder = folder;
        this.archive = archive;
        this.reader = reader;
        this.clock = clock;
        this.imported = imported;
    }

    Opened open() throws IOException {
        return open(false);
    }

    /** @param readingFirst open the index's writer later when nothing needs writing first ({@link PaperLibrary#openReadingFirst}) */
    Opened open(boolean readingFirst) throws IOException {
        long start = System.nanoTime();
        PaperLibrary library;
        try {
            library = readingFirst ? PaperLibrary.openReadingFirst(folder.library(), clock)
                    : PaperLibrary.open(folder.library(), clock);
        } catch (DamagedIndexException e) {
            // Info, as the rest of a rebuild: LibraryRecovered is what the reader is told, in one line or one notice.
            LOG.info("{}; rebuilding it from the kept digests", e.getMessage());
            library = PaperLibrary.openSettingAsideIndex(folder.library(), clock);
            return new Opened(library, rebuild(library, true, e.getMessage(), start,
                    "The library index was damaged."), null);
        }
        try {
            Optional<ImportsMissing> missing = ImportsMissing.in(library, imported);
            // Missing, not merely empty: an index whose kept digests hold no paper (a feed whose every item lacked a
            // title) is empty by right, and taking it for missing rebuilt it, and said so, at every open. An imported
            // snapshot's papers make it missing too, kept digests or not: else it opened empty without a word.
            if (!library.isReadOnly() && library.openedWithoutIndex() && library.size() == 0
                    && (archive.entries() > 0 || missing.isPresent())) {
                LOG.info("The library index is missing; {} digests are kept; rebuilding it", archive.entries());
                return new Opened(library, rebuild(library, false, MISSING, start,
                        "The library index was missing."), null);
            }
            Optional<String> unfinished = library.unfinishedRebuild();
            if (unfinished.isPresent() && !library.isReadOnly()) {
                // It holds the digests read before the rebuild stopped: read them all again (a paper added twice is
                // merged with itself), rather than take a part of the library for all of it.
                LOG.info("A rebuild of the index stopped part-way ({}); rebuilding it again", unfinished.get());
                return new Opened(library, rebuild(library, !unfinished.get().equals(MISSING), unfinished.get(), start,
                        "A rebuild of the library index stopped part-way."),
                        null);
            }
            return new Opened(library, null, missing.orElse(null));
        } catch (IOException | RuntimeException e) {
            library.close();
            throw e;
        }
    }

    /** @param why the rebuild's reason in one sentence, for {@link OpeningProgress#rebuildStarted} */
    private LibraryRecovered rebuild(PaperLibrary library, boolean damaged, String problem, long start, String why)
            throws IOException {
        try {
            int digests = 0;
            int unreadable = 0;
            library.startRebuild(problem);
            progress.rebuildStarted(why, archive.entries());
            // First the papers the damaged index's intact segments hold, an imported snapshot's among them (never
            // kept as a digest); the kept digests then update those they hold too.
            PaperLibrary.Salvaged salvaged;
            try {
                salvaged = library.salvageSetAsideIndex();
            } catch (IOException | RuntimeException e) {
                // Rolled back already; Lucene refuses segments of another sort or field layout with an
                // IllegalArgumentException: the kept digests are still read, as before there was a salvage.
                LOG.info("The damaged index's intact segments could not be read back: {}", e.toString());
                salvaged = PaperLibrary.Salvaged.NOTHING;
            }
            if (progress.stopAsked()) {
                // Left unfinished on purpose: the rebuild's mark stays in the index, so the next open does it again.
                throw new RebuildStoppedException();
            }
            DigestReader parsers = reader.get();
            List<KeptDigest> all = archive.all();
            int done = 0;
            // Entries whose record could not be read are skipped by all(): counted with the digests not read back.
            unreadable += Math.max(0, archive.entries() - all.size());
            for (KeptDigest kept : all) {
                progress.digestsReadBack(done++, all.size());
                if (progress.stopAsked()) {
                    throw new RebuildStoppedException();
                }
                Digest digest;
                try {
                    digest = read(kept, parsers);
                } catch (DigestParseException | IOException e) {
                    unreadable++;
                    LOG.info("A kept digest could not be read back: {}", e.getMessage());
                    continue;
                }
                library.add(digest.papers());
                digests++;
            }
            progress.digestsReadBack(all.size(), all.size());
            int missing = library.reapplyMarks();
            library.finishRebuild();
            int papers = library.size();
            // The library before the damage was the intact segments' papers and the damaged ones'; the kept digests
            // brought back those beyond the intact ones, so what they did not bring back is lost.
            int lost = Math.max(0, salvaged.inDamagedSegments() - (papers - salvaged.papers()));
            LibraryRecovered recovered = new LibraryRecovered(damaged, problem, papers, digests, unreadable,
                    missing, library.setAsideIndex().orElse(null), Duration.ofNanos(System.nanoTime() - start),
                    ImportsMissing.in(library, imported).orElse(null), salvaged.papers(), lost,
                    lost > 0 ? List.copyOf(imported.notKept().values()) : List.of());
            LOG.info(recovered.message());
            return recovered;
        } catch (IOException | RuntimeException e) {
            library.close();
            throw e;
        }
    }

    private Digest read(KeptDigest kept, DigestReader digests) throws IOException, DigestParseException {
        byte[] content = Files.readAllBytes(kept.body());
        // The days it was first read against, so a page's "Mar 11" and a dated daily list land on the same days again.
        LocalDate referenceDay = kept.referenceDay() != null ? kept.referenceDay()
                : LocalDate.ofInstant(kept.keptAt(), clock.getZone());
        ParseContext context = new ParseContext(kept.origin(), kept.source(), referenceDay, kept.listingDay());
        DigestFormat format = formatOf(kept.format());
        return format != null ? digests.read(content, format, context)
                : digests.read(content, kept.contentType(), context);
    }

    private static DigestFormat formatOf(String name) {
        try {
            return name == null ? null : DigestFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
