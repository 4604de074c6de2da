package org.paperfeed.model;

import java.util.List;
import java.util.Optional;

/**
 * The counts of every listing day, ISO week and month with papers, counted together after hiding (so that each
 * agrees with the others), newest first.
 *
 * @param days   every day with papers
 * @param weeks  every ISO week with papers
 * @param months every calendar month with papers
 */
public record ListingCounts(List<DayCount> days, List<SpanCount> weeks, List<SpanCount> months) {

    public static final ListingCounts NONE = new ListingCounts(List.of(), List.of(), List.of());

    public ListingCounts {
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
        months = List.copyOf(months);
    }

    /** The weeks' or the months' counts; a day's are {@link #days}. */
    public List<SpanCount> spans(DayUnit unit) {
        return switch (unit) {
            case WEEK -> weeks;
            case MONTH -> months;
            case DAY -> throw new IllegalArgumentException("a day's counts are a DayCount: days()");
        };
    }

    /** The counts of {@code span}, a week or a month; empty when none of its days has papers. */
    public Optional<SpanCount> span(DayRange span) {
        return java.util.stream.Stream.concat(weeks.stream(), months.stream()).filter(c -> c.span().equals(span))
                .findFirst();
    }
}
