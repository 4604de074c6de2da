package org.paperfeed.model;

import java.util.List;
import java.util.Objects;

/**
 * One ISO week or calendar month of listing days, counted after hiding as a {@link DayCount} is.
 *
 * @param span    the week (Monday to Sunday) or the month
 * @param papers  distinct papers listed on any of its days by any source: a paper listed on two of its days, or by
 *                two sources, counts once (the days' counts summed would count it twice)
 * @param unread  those of them not marked read
 * @param sources the same counts per source, in source name order
 */
public record SpanCount(DayRange span, int papers, int unread, List<SourceDayCount> sources) {

    public SpanCount {
        Objects.requireNonNull(span, "span");
        sources = List.copyOf(sources);
    }
}
