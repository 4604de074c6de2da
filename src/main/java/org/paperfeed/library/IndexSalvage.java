package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.paperfeed.library.PaperDocuments.StoredPaper;

/**
 * The segments of a damaged index whose files are intact, as an index of their own for the rebuild to copy
 * ({@code IndexWriter.addIndexes}) or read paper by paper. A damaged segment (a truncated file, a failed checksum) is
 * one of several: the others hold papers a rebuild from the kept digests cannot bring back, those of an imported arXiv
 * snapshot (never kept) above all. Lucene's {@link CheckIndex} tells the intact segments from the damaged ones and
 * writes a list of segments without the damaged ones; that is done in a folder of hard links to the damaged index's
 * files, so the index set aside for a bug report stays as it was. Nothing is read when the last commit's own list of
 * segments is unreadable, when its documents are of another schema, or where the file system cannot make hard links.
 */
final class IndexSalvage {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IndexSalvage.class);

    /** Receives the papers read back, one at a time. */
    @FunctionalInterface
    interface Papers {
        void accept(StoredPaper paper) throws IOException;
    }

    /** Takes the intact segments, as an index of their own: returns how many papers it took from them. */
    @FunctionalInterface
    interface IntactSegments {
        int take(FSDirectory intact) throws IOException;
    }

    private IndexSalvage() {
    }


    /**
     * Hands the intact segments of the index in {@code damaged}, as an index of their own (their last commit without
     * the damaged ones), to {@code take}; the index is gone once it returns.
     */
    static PaperLibrary.Salvaged withIntactSegments(Path damaged, IntactSegments take) throws IOException {
        Path links = damaged.resolveSibling(damaged.getFileName() + ".salvage");
        deleteRecursively(links);
        try {
            if (!linkFiles(damaged, links)) {
                return PaperLibrary.Salvaged.NOTHING;
            }
            try (FSDirectory directory = FSDirectory.open(links)) {
                int lost = keepIntactSegments(directory);
                if (lost < 0) {
                    return PaperLibrary.Salvaged.NOTHING;
                }
                return new PaperLibrary.Salvaged(take.take(directory), lost);
            }
        } finally {
            deleteRecursively(links);
        }
    }

    private static boolean linkFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.createLink(to.resolve(name), file);
                }
            }
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            LOG.info("The damaged index's files cannot be linked ({}); its intact segments are not read", e.toString());
            return false;
        }
    }

    /**
     * Drops the damaged segments from the last commit of {@code directory}: how many documents they held, or -1 when
     * no segment can be read.
     */
    private static int keepIntactSegments(FSDirectory directory) {
        try (CheckIndex check = new CheckIndex(directory)) {
            // The files' checksums are what a damaged file fails; the slower checks of every structure add nothing.
            check.setChecksumsOnly(true);
            CheckIndex.Status status = check.checkIndex();
            String schema = status.userData == null ? null : status.userData.get(PaperIndex.SCHEMA);
            if (status.missingSegments || status.toolOutOfDate
                    || !String.valueOf(PaperIndex.SCHEMA_VERSION).equals(schema)) {
                LOG.info("The damaged index's segments cannot be read back (its list of segments {}, schema {})",
                        status.missingSegments ? "is unreadable" : "is readable", schema);
                return -1;
            }
            if (status.clean) {
                return 0;
            }
            int lost = livePapersOfDamagedSegments(directory, status);
            LOG.info("{} of the damaged index's {} segments are damaged ({} papers); reading the others",
                    status.numBadSegments, status.numSegments, lost);
            check.exorciseIndex(status);
            return lost;
        } catch (IOException | RuntimeException e) {
            LOG.info("The damaged index could not be checked ({}); its segments are not read", e.toString());
            return -1;
        }
    }

    /**
     * The live papers of the damaged segments, by their counts in the list of segments, which CheckIndex read: its own
     * count of what is lost takes the deleted documents (a paper's older copies) in too.
     */
    private static int livePapersOfDamagedSegments(FSDirectory directory, CheckIndex.Status status)
            throws IOException {
        java.util.Set<String> damaged = new java.util.HashSet<>();
        for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
            if (segment.error != null) {
                damaged.add(segment.name);
            }
        }
        int live = 0;
        for (SegmentCommitInfo segment : SegmentInfos.readCommit(directory, status.segmentsFileName)) {
            if (damaged.contains(segment.info.name)) {
                live += segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount();
            }
        }
        return live;
    }

    /** Gives every live paper of the index in {@code directory} to {@code papers}. */
    static int read(FSDirectory directory, Papers papers) throws IOException {
        int read = 0;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        StoredPaper paper;
                        try {
                            paper = PaperDocuments.fromDocument(stored.document(doc));
                        } catch (RuntimeException e) {
                            // Its checksums held, its metadata did not parse: that paper alone is lost.
                            LOG.info("A paper of the damaged index could not be read back: {}", e.toString());
                            continue;
                        }
                        papers.accept(paper);
                        read++;
                    }
                }
            }
        }
        return read;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
