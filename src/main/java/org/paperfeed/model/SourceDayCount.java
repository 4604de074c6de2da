package org.paperfeed.model;

import java.util.Objects;

/**
 * How many papers one source listed on one day, counted after hiding.
 *
 * @param source the source's name as its listings give it
 * @param papers distinct papers the source listed that day
 * @param unread those of them not marked read
 */
public record SourceDayCount(String source, int papers, int unread) {

    public SourceDayCount {
        Objects.requireNonNull(source, "source");
    }
}
