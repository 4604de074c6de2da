package org.paperfeed.library;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;

/**
 * The one listing a paper stored before listings existed (index schema 1) is given, so it still shows on a day:
 * its source, on the local day it was added, carrying the upvotes stored with it. Used by {@link SchemaMigration}
 * and by whatever reads an old-schema index without migrating it (a read-only view).
 */
final class LegacyListings {

    private LegacyListings() {
    }

    /** The paper as stored, with its derived listing when it has none. */
    static Paper complete(Paper paper, Instant added, ZoneId zone) {
        return paper.listings().isEmpty() ? paper.withListings(List.of(derived(paper, added, zone))) : paper;
    }

    /** Listed the day it was first fetched, with no rank (the order was never kept) and the stored upvotes. */
    static Listing derived(Paper paper, Instant added, ZoneId zone) {
        return new Listing(paper.source(), LocalDate.ofInstant(added, zone), null, paper.upvotes(), null, true);
    }
}
