package org.paperfeed.model;

import java.time.Duration;
import java.util.List;

/**
 * A page of hits and how many papers matched in all.
 *
 * @param totalExact false when so many papers matched that counting them all was not worth it: {@code totalHits}
 *                   is then a lower bound, shown as "1,000+"
 */
public record SearchResults(List<SearchHit> hits, long totalHits, boolean totalExact, Duration took) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
