package org.paperfeed.ingest;

import java.util.List;
import org.paperfeed.model.Paper;

/**
 * The papers read from one digest, and the format they were read as.
 *
 * @param skipped records that were not papers (a title too long to be one) and were left out
 * @param trimmed values dropped from papers that were kept (an author or category too long to be one)
 */
public record Digest(DigestFormat format, List<Paper> papers, int skipped, int trimmed) {

    public Digest(DigestFormat format, List<Paper> papers) {
        this(format, papers, 0, 0);
    }

    public Digest {
        papers = List.copyOf(papers);
    }
}
