package org.paperfeed.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.paperfeed.model.IsoDay;

/**
 * The day bar's date picker's text: "1 Jul 2026" both ways, as a row dates its paper ({@link PaperText#DATE}), and
 * typed also as a reader writes a day: "1 July 2026", "Jul 1, 2026", ISO's "2026-07-01", "today", "yesterday" (as the
 * command line's {@code --day} takes them), or a day without its year, "3 Dec", the latest 3 December up to today: a
 * reader looks back over days listed, and "1 Jul" had been refused. Text that is no date ("31 Feb 2026", "soon") keeps
 * the day shown: the picker goes back to it rather than throw (a DatePicker whose converter throws on bad text is a
 * classic crash), and blank text too, which would otherwise have left the day view (All days does that). A day
 * written with numbers alone in another order ("1/6/2026") stays refused: 1 June or 6 January cannot be told.
 */
final class TypedDay extends StringConverter<LocalDate> {

    /**
     * "1 Jul 2026", "01 jul 2026", "1 July 2026", "Jul 1 2026", "July 1, 2026": strict, so 31 February is no date
     * rather than the 29th; a four-digit year, as {@link IsoDay} takes, since a day near java.time's last (year
     * +999999999) has no week or month after it.
     */
    private static final List<DateTimeFormatter> WITH_YEAR = List.of(
            withYear("d MMM "), withYear("d MMMM "), withYear("MMM d "), withYear("MMMM d "), withYear("MMM d, "),
            withYear("MMMM d, "));
    /** "3 Dec", "3 December", "Dec 3": a day of the year, which year left to {@link #latestUpTo}. */
    private static final List<DateTimeFormatter> WITHOUT_YEAR = List.of(
            withoutYear("d MMM"), withoutYear("d MMMM"), withoutYear("MMM d"), withoutYear("MMMM d"));
    /** 29 February comes back within eight years, whatever the century's rule. */
    private static final int YEARS_BACK = 8;

    /** The day the picker shows: what text that is no date gives back. */
    private final Supplier<LocalDate> shown;
    /** Today, for "today", "yesterday" and a day written without its year. */
    private final Supplier<LocalDate> today;

    TypedDay(Supplier<LocalDate> shown) {
        this(shown, LocalDate::now);
    }

    TypedDay(Supplier<LocalDate> shown, Supplier<LocalDate> today) {
        this.shown = shown;
        this.today = today;
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : PaperText.DATE.format(day);
    }

    @Override
    public LocalDate fromString(String text) {
        return parse(text).orElseGet(shown);
    }

    /** The day {@code text} names in one of the forms read; empty when it names none. */
    Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        switch (typed.toLowerCase(Locale.ROOT)) {
            case "today":
                return Optional.of(today.get());
            case "yesterday":
                return Optional.of(today.get().minusDays(1));
            default:
                break;
        }
        for (DateTimeFormatter form : WITH_YEAR) {
            try {
                return Optional.of(LocalDate.parse(typed, form));
            } catch (DateTimeParseException e) {
                // not written so: the next form
            }
        }
        for (DateTimeFormatter form : WITHOUT_YEAR) {
            try {
                return latestUpTo(MonthDay.parse(typed, form), today.get());
            } catch (DateTimeParseException e) {
                // not written so: the next form
            }
        }
        return IsoDay.parse(typed); // "2026-07-01", the one reading of a day written so
    }

    /** The latest {@code day} of a year on or before {@code today}: "3 Dec" typed on 2 December is last year's. */
    private static Optional<LocalDate> latestUpTo(MonthDay day, LocalDate today) {
        for (int back = 0; back <= YEARS_BACK; back++) {
            int year = today.getYear() - back;
            if (day.isValidYear(year)) {
                try {
                    LocalDate dated = day.atYear(year);
                    if (!dated.isAfter(today)) {
                        return Optional.of(dated);
                    }
                } catch (DateTimeException e) {
                    return Optional.empty(); // before java.time's first year
                }
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter withYear(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .appendValue(ChronoField.YEAR, 4).toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter withoutYear(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
