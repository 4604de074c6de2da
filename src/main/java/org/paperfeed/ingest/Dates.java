package org.paperfeed.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The date forms feeds use, read leniently: an unreadable date is an unknown date, never a failed digest. */
final class Dates {

    private Dates() {
    }

    /** ISO dates and date-times ({@code 2024-03-11T17:59:00.000Z}) and RFC 1123 ones ({@code Mon, 11 Mar 2024 …}). */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeException ignored) {
            // not an ISO date-time; try the other forms
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeException ignored) {
            // not an ISO date either
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException ignored) {
            return null;
        }
    }

    /**
     * The UTC calendar day of an instant ({@code 2024-03-11T23:30:00-05:00} is the 12th): Hugging Face dates its
     * daily lists in UTC. A bare ISO date is that date; anything else is unknown (null).
     */
    static LocalDate utcDay(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeException ignored) {
            // not a date-time with an offset; one without is taken as UTC, and a bare date is still a day
        }
        try {
            return LocalDateTime.parse(value).toLocalDate();
        } catch (DateTimeException ignored) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException ignored) {
            return null;
        }
    }

    /** The most recent {@code monthDay} on or before {@code today}: a page's "Mar 11" is never in the future. */
    static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate today) {
        for (int year = today.getYear(); year > today.getYear() - 8; year--) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(today)) {
                return monthDay.atYear(year);
            }
        }
        return null;
    }
}
