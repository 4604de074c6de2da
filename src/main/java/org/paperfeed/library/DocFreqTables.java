package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DocFreqTable} files of a library, one per index segment, in the folder {@code docfreqs} beside the
 * index, named by the segment's name and Lucene id (a merge makes a new segment, so its table is a new file; a rebuilt
 * index has new ids). A cache: rebuilt from the index, never user data, never an error when missing or damaged (a
 * table that does not open whole is not used, and deleted so that it is built again). Only the library's writer
 * builds and deletes tables; a read-only view uses those it finds. Thread-safe.
 */
final class DocFreqTables {

    static final String FOLDER = "docfreqs";
    private static final String SUFFIX = ".dft";
    /** More tables than an index has segments: the ones kept open are forgotten (opened and checked again). */
    private static final int MAX_OPEN = 256;
    private static final Logger LOG = LoggerFactory.getLogger(DocFreqTables.class);

    private final Path folder;
    private final java.util.function.BooleanSupplier writable;
    /** Tables opened so far, by file name (a mapped file is opened once). */
    private final Map<String, DocFreqTable> open = new HashMap<>();

    DocFreqTables(Path folder, java.util.function.BooleanSupplier writable) {
        this.folder = folder;
        this.writable = writable;
    }

    /** The segment's table when its file is there and whole; null otherwise (a damaged one is deleted). */
    DocFreqTable table(LeafReader reader) {
        SegmentReader segment = segmentOf(reader);
        if (segment == null) {
            return null;
        }
        String name = fileName(segment);
        synchronized (this) {
            DocFreqTable known = open.get(name);
            if (known != null) {
                return known;
            }
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        DocFreqTable table;
        long started = System.nanoTime();
        try {
            table = DocFreqTable.open(file, segment.getSegmentInfo().info.getId());
        } catch (IOException | RuntimeException e) {
            LOG.debug("document-frequency table {} not readable: {}", file, e.toString());
            table = null;
        }
        if (table == null) {
            LOG.info("document-frequency table {} is damaged or stale: not used, built again", file);
            deleteQuietly(file);
            return null;
        }
        LOG.debug("document-frequency table {} ({} terms) opened and checked in {} ms", name, table.terms(),
                (System.nanoTime() - started) / 1_000_000);
        synchronized (this) {
            if (open.size() >= MAX_OPEN) {
                open.clear(); // a read-only view never prunes: let the tables of merged-away segments go
            }
            open.put(name, table);
        }
        return table;
    }

    /**
     * Builds the segment's table unless it has a whole one; false when this view may not write (read-only) or the
     * segment cannot have one.
     */
    boolean build(LeafReader reader, String field, BooleanSupplier cancelled) throws IOException {
        SegmentReader segment = segmentOf(reader);
        if (!writable.getAsBoolean() || segment == null || table(reader) != null) {
            return false;
        }
        Terms terms = reader.terms(field);
        if (terms == null) {
            return false;
        }
        long started = System.nanoTime();
        boolean built = DocFreqTable.build(terms, segment.getSegmentInfo().info.getId(),
                folder.resolve(fileName(segment)), cancelled);
        if (built) {
            LOG.debug("document-frequency table of segment {} ({} terms) built in {} ms",
                    segment.getSegmentName(), terms.size(), (System.nanoTime() - started) / 1_000_000);
        }
        return built;
    }

    /** Deletes the tables of segments not among {@code live} (merged away, or of an index since rebuilt). */
    void prune(Set<String> live) {
        if (!writable.getAsBoolean() || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!live.contains(name)) {
                    synchronized (this) {
                        open.remove(name);
                    }
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            LOG.debug("could not list {}: {}", folder, e.toString());
        }
    }

    /** The file name of the segment's table, or null when the reader is not a segment of an index on disk. */
    static String fileName(LeafReader reader) {
        SegmentReader segment = segmentOf(reader);
        return segment == null ? null : fileName(segment);
    }

    private static String fileName(SegmentReader segment) {
        return segment.getSegmentName() + "-" + HexFormat.of().formatHex(segment.getSegmentInfo().info.getId())
                + SUFFIX;
    }

    private static SegmentReader segmentOf(LeafReader reader) {
        LeafReader unwrapped = FilterLeafReader.unwrap(reader);
        return unwrapped instanceof SegmentReader segment ? segment : null;
    }

    private void deleteQuietly(Path file) {
        if (!writable.getAsBoolean()) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", file, e.toString());
        }
    }
}
