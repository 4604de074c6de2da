package org.paperfeed.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listing day of the library, counted after hiding (not-interested and muted papers are not counted).
 *
 * @param papers  distinct papers listed that day by any source: a paper two sources listed counts once
 * @param unread  those of them not marked read
 * @param sources the same counts per source, in source name order
 */
public record DayCount(LocalDate day, int papers, int unread, List<SourceDayCount> sources) {

    public DayCount {
        Objects.requireNonNull(day, "day");
        sources = List.copyOf(sources);
    }
}
