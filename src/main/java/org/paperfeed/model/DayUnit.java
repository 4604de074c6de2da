package org.paperfeed.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How many days a day view spans: one day, an ISO week (Monday to Sunday) or a calendar month. */
public enum DayUnit {
    DAY,
    WEEK,
    MONTH;

    /** The span of this unit that holds {@code day}. */
    public DayRange rangeOf(LocalDate day) {
        return switch (this) {
            case DAY -> new DayRange(day, day);
            case WEEK -> new DayRange(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case MONTH -> new DayRange(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }
}
