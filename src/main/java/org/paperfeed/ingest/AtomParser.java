package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperfeed.model.Paper;

/**
 * Generic Atom 1.0 feeds (journals, blogs, preprint servers other than arXiv's API). Their entries are listed on the
 * day PaperFeed first fetched them; an entry's own date stays its {@code published} date.
 */
final class AtomParser extends GuardedParser {

    @Override
    public DigestFormat format() {
        return DigestFormat.ATOM;
    }

    /** The feed's papers; an entry without a title is not one, and is counted as skipped for the import's summary. */
    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        XmlElement feed = AtomEntries.feed(content, context, format());
        List<Paper> papers = new ArrayList<>();
        int untitled = 0;
        for (XmlElement entry : feed.own("entry")) {
            Optional<Paper> paper = AtomEntries.toPaper(entry, List.of(), context);
            if (paper.isEmpty()) {
                untitled++;
                continue;
            }
            papers.add(Listings.firstFetched(paper.get(), context, papers.size() + 1));
        }
        return new Digest(format(), papers, null, untitled, 0);
    }
}
