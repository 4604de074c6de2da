package org.paperfeed.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A day as a reader writes one, {@code YYYY-MM-DD} with a four-digit year: what {@code --day}, a date option and the
 * query's date fields take. {@code LocalDate.parse} alone also takes signed years of up to nine digits
 * ({@code +999999999-12-31}), whose week, month or start of day overflow {@code java.time} and ended a command with
 * "unexpected error: DateTimeException" instead of saying the date is not one.
 */
public final class IsoDay {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDay() {
    }

    /** The day {@code text} names, or empty when it is not a real day in that form. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2024-02-30, month 13
        }
    }

    /**
     * Why {@code text}, written as a day, is none: "'2026-02-30' is not a day: February 2026 has 28 days". Empty when
     * it is a day or not written as one; a message that named the form only ("takes YYYY-MM-DD, not '2026-02-30'")
     * left the reader looking for a typo in what was already in that form.
     */
    public static Optional<String> whyNot(String text) {
        if (text == null || !FORM.matcher(text).matches() || parse(text).isPresent()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        int day = Integer.parseInt(text.substring(8, 10));
        String reason;
        if (month < 1 || month > 12) {
            reason = "there is no month " + month;
        } else if (day < 1) {
            reason = "there is no day 0";
        } else {
            YearMonth named = YearMonth.of(year, month);
            reason = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + named.lengthOfMonth() + " days";
        }
        return Optional.of("'" + text + "' is not a day: " + reason);
    }
}
