package org.paperfeed.app.foryou;

import java.util.List;

/**
 * The For you feed as ranked: its best papers, and how many it ranked them from, so that a list of the best thousand
 * can say "1,000 best of 2,328" rather than pass for the whole feed.
 *
 * @param best   the best papers, best first, at most the limit asked for
 * @param ranked how many papers were ranked (the feed's candidates the library holds); at least {@code best.size()}
 */
public record ForYouFeed(List<Recommendation> best, int ranked) {

    public ForYouFeed {
        best = List.copyOf(best);
        if (ranked < best.size()) {
            throw new IllegalArgumentException("ranked " + ranked + " papers, fewer than the " + best.size()
                    + " best");
        }
    }
}
