package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * arXiv API responses ({@code /api/query}). They are Atom, with two twists: the primary category comes from
 * {@code arxiv:primary_category}, and errors arrive with HTTP 200 as a single entry titled "Error", which must never
 * be shown as a paper. A query returns papers of any age, so each is listed on the day PaperFeed first fetched it
 * (its own date stays its {@code published} date), and its version is read from its id ({@code …/abs/2403.05555v2}).
 */
final class ArxivAtomParser extends GuardedParser {

    private static final String ARXIV_NS = "http://arxiv.org/schemas/atom";

    @Override
    public DigestFormat format() {
        return DigestFormat.ARXIV_ATOM;
    }

    /** The response's papers; an entry without a title is not one, and is counted as skipped for the summary. */
    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        XmlElement feed = AtomEntries.feed(content, context, format());
        List<Paper> papers = new ArrayList<>();
        int untitled = 0;
        for (XmlElement entry : feed.own("entry")) {
            refuseError(entry, context);
            List<String> primary = entry.child(ARXIV_NS, "primary_category")
                    .map(c -> List.of(c.attribute("term")))
                    .orElse(List.of());
            Optional<Paper> paper = AtomEntries.toPaper(entry, primary, context);
            if (paper.isEmpty()) {
                untitled++;
                continue;
            }
            papers.add(Listings.firstFetched(paper.get(), context, papers.size() + 1));
        }
        return new Digest(format(), papers, null, untitled, 0);
    }

    private static void refuseError(XmlElement entry, ParseContext context) throws DigestParseException {
        String title = CleanText.normalize(entry.ownText("title"));
        boolean errorEntry = entry.ownText("id").contains("/api/errors")
                || title.equalsIgnoreCase("Error") && PaperId.findArxivIn(entry.ownText("id")).isEmpty();
        if (errorEntry) {
            String detail = CleanText.normalize(entry.ownText("summary"));
            throw new DigestParseException(context.origin(),
                    "the arXiv API reported an error: " + (detail.isEmpty() ? "no details given" : detail));
        }
    }
}
