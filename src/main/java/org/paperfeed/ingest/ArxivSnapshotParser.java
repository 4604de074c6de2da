package org.paperfeed.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperfeed.model.Paper;

/**
 * A small arXiv metadata snapshot given as bytes (a test file, a slice of the real one). Whole snapshot files are
 * streamed by the app through {@link ArxivSnapshotReader} instead; this reader keeps the bytes path complete and
 * bounded: at most {@value GuardedParser#MAX_BYTES} bytes of decompressed text, so a small gzip cannot expand into
 * gigabytes of papers in memory.
 */
final class ArxivSnapshotParser extends GuardedParser {

    @Override
    public DigestFormat format() {
        return DigestFormat.ARXIV_SNAPSHOT;
    }

    /** The snapshot's papers; its lines that are not papers are counted as skipped for the import's summary. */
    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        List<Paper> papers = new ArrayList<>();
        int unusable;
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.over(content, context)) {
            Optional<Paper> paper;
            while ((paper = reader.next()).isPresent()) {
                papers.add(paper.get());
                if (reader.offset() > MAX_BYTES) {
                    throw new DigestParseException(context.origin(), "more than 50 MB once decompressed;"
                            + " import the snapshot file itself, which is read as a stream");
                }
            }
            if (papers.isEmpty() && reader.unusableLines() > 0) {
                throw new DigestParseException(context.origin(),
                        "none of the " + reader.unusableLines() + " lines is an arXiv paper with an id and a title");
            }
            unusable = reader.unusableLines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Digest(format(), papers, null, unusable, 0);
    }
}
