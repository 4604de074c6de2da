package org.paperfeed.ingest;

import java.util.List;
import org.paperfeed.model.LibraryMarks;
import org.paperfeed.model.Paper;

/**
 * The papers read from one digest, and the format they were read as.
 *
 * @param assumedYear the year PaperFeed assumed for the date the digest lists its papers on when the digest printed
 *                    it without one (a page's "Mar 11"), so the import report and the window can say so; null when
 *                    no year had to be assumed
 * @param skipped     records that were not papers (a title too long to be one, an RSS or Atom entry or a Hugging Face
 *                    daily entry without a title, a text page's abstract with no title above it, a snapshot's line
 *                    that is not a paper) and were left out
 * @param trimmed     values dropped from papers that were kept (an author or category too long to be one)
 * @param marks       the user's marks the digest carries: only PaperFeed's own JSON export (a backup) has any
 */
public record Digest(DigestFormat format, List<Paper> papers, Integer assumedYear, int skipped, int trimmed,
                     LibraryMarks marks) {

    public Digest {
        papers = List.copyOf(papers);
        marks = marks == null ? LibraryMarks.NONE : marks;
    }

    public Digest(DigestFormat format, List<Paper> papers, Integer assumedYear, int skipped, int trimmed) {
        this(format, papers, assumedYear, skipped, trimmed, LibraryMarks.NONE);
    }

    /** A digest whose dates, if any, said their year. */
    public Digest(DigestFormat format, List<Paper> papers) {
        this(format, papers, null);
    }

    public Digest(DigestFormat format, List<Paper> papers, Integer assumedYear) {
        this(format, papers, assumedYear, 0, 0);
    }
}
