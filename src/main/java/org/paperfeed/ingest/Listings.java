package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;

/** The listing every parser gives each paper: which day the digest lists it on and at which place. */
final class Listings {

    private Listings() {
    }

    /**
     * {@code paper} listed on the day PaperFeed fetched it (the arXiv API, generic feeds): those feeds hold items of
     * any age, and an old item fetched today must not land on a day the user already read.
     */
    static Paper firstFetched(Paper paper, ParseContext context, int rank) {
        return paper.withListings(List.of(Listing.firstFetched(context.sourceName(), context.today(), rank)));
    }

    /**
     * The papers with the ranks of their listings by {@code source} set to their place, 1..n: after a digest's
     * duplicates are merged (arXiv returns one entry per requested version) a rank still says "the nth paper".
     * Listings without a rank (the source gives no order) stay without one.
     */
    static List<Paper> renumbered(List<Paper> papers, String source) {
        List<Paper> ranked = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            int rank = i + 1;
            boolean changed = paper.listings().stream()
                    .anyMatch(l -> l.source().equals(source) && l.rank() != null && l.rank() != rank);
            ranked.add(changed ? paper.withListings(paper.listings().stream()
                    .map(l -> l.source().equals(source) && l.rank() != null
                            ? new Listing(l.source(), l.day(), rank, l.upvotes(), l.commentCount(), l.keepsFirstDay())
                            : l)
                    .toList()) : paper);
        }
        return ranked;
    }
}
