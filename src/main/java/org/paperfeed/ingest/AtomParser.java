package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    List<Paper> read(byte[] content, ParseContext context) throws DigestParseException {
        XmlElement feed = AtomEntries.feed(content, context, format());
        List<Paper> papers = new ArrayList<>();
        for (XmlElement entry : feed.own("entry")) {
            AtomEntries.toPaper(entry, List.of(), context)
                    .ifPresent(paper -> papers.add(Listings.firstFetched(paper, context, papers.size() + 1)));
        }
        return papers;
    }
}
