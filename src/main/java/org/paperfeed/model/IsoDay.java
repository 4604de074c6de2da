package org.paperfeed.model;

import java.time.DateTimeException;
import java.time.LocalDate;
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
}
