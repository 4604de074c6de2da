package org.paperfeed.ingest;

import java.util.List;
import java.util.Optional;
import org.paperfeed.model.Paper;

/** Generic Atom 1.0 feeds (journals, blogs, preprint servers other than arXiv's API). */
final class AtomParser extends GuardedParser {

    @Override
    public DigestFormat format() {
        return DigestFormat.ATOM;
    }

    @Override
    List<Paper> read(byte[] content, ParseContext context) throws DigestParseException {
        XmlElement feed = AtomEntries.feed(content, context, format());
        return feed.children("entry").stream()
                .map(entry -> AtomEntries.toPaper(entry, List.of(), context))
                .flatMap(Optional::stream)
                .toList();
    }
}
