package org.paperfeed.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a parser needs to know besides the bytes.
 *
 * @param origin     the file or URL the bytes came from, named in every error
 * @param sourceName recorded as each paper's source
 * @param today      resolves dates a page prints without a year ("Mar 11")
 */
public record ParseContext(String origin, String sourceName, LocalDate today) {

    public ParseContext {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(today, "today");
    }
}
