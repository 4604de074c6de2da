package org.paperfeed.ingest;

import java.util.List;
import org.paperfeed.model.Paper;

/** The papers read from one digest, and the format they were read as. */
public record Digest(DigestFormat format, List<Paper> papers) {

    public Digest {
        papers = List.copyOf(papers);
    }
}
