package org.paperfeed.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a parser needs to know besides the bytes.
 *
 * @param origin     the file or URL the bytes came from, named in every error
 * @param sourceName recorded as each paper's source and each listing's source
 * @param today      the local day the digest was fetched (or, for a file, the day it was last modified): resolves
 *                   dates a page prints without a year ("Mar 11"), and is the listing day of feeds whose items are
 *                   listed on the day PaperFeed first saw them
 * @param listingDay the day the digest lists when the caller knows it (a Hugging Face {@code ?date=} asked for, the
 *                   day a trending page was fetched); null to take it from the digest itself
 */
public record ParseContext(String origin, String sourceName, LocalDate today, LocalDate listingDay) {

    public ParseContext {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(today, "today");
    }

    /** A context whose listing day comes from the digest itself. */
    public ParseContext(String origin, String sourceName, LocalDate today) {
        this(origin, sourceName, today, null);
    }
}
