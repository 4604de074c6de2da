package org.paperfeed.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The listing days a day view shows, both ends included.
 *
 * @param first the first day shown
 * @param last  the last day shown, not before {@code first}
 */
public record DayRange(LocalDate first, LocalDate last) {

    public DayRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a day range cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The day, week or month that holds {@code day}. */
    public static DayRange of(LocalDate day, DayUnit unit) {
        return unit.rangeOf(day);
    }

    public static DayRange day(LocalDate day) {
        return new DayRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
