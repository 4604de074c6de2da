package org.paperfeed.model;

import java.time.Duration;
import java.util.List;

/** A page of hits and how many papers matched in all. */
public record SearchResults(List<SearchHit> hits, long totalHits, Duration took) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
