package org.paperfeed.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a pasted paper page is: abstract, title candidate, or the page furniture a select-all drags along
 * ("Submitted by …", "Upvote", "42", "· 7 authors", "GitHub 1.2k", "arXiv Page", dates, bare links).
 *
 * <p>Furniture is recognised by shape, never by position, because every site and every browser pastes it in a
 * different order. Only short lines are matched against patterns, so a 5 MB line costs one length check.
 */
final class PageLines {

    private static final int MAX_NOISE_LENGTH = 200;
    private static final int MAX_TITLE_LENGTH = 400;
    private static final int MAX_TITLE_WORDS = 60;
    private static final int MIN_ABSTRACT_WORDS = 25;
    private static final int MIN_ABSTRACT_LENGTH = 150;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)^(?:(?:published|submitted|updated|posted)(?:\\s+on)?\\s+)?" + MONTH
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)^(?:(?:published|submitted|updated|posted)(?:\\s+on)?\\s+)?(\\d{1,2})\\s+" + MONTH
                    + "(?:,?\\s+(\\d{4}))?$");
    private static final Pattern ISO_DATE = Pattern.compile("^(?:\\D{0,20}\\s)?(\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern NOISE = Pattern.compile("(?i)^(?:"
            + "submitted by\\b.*"
            + "|upvote[sd]?"
            + "|[-+]?\\d[\\d,.]*\\s*[km]?"
            + "|[·•|]\\s*.*"
            + "|\\d+\\s+(?:authors?|comments?|upvotes?|likes?)\\b.*"
            + "|(?:github|arxiv|arxiv page|pdf|code|project page|paper page|view arxiv page|hugging ?face"
            + "|models?|datasets?|spaces?|collections?|citations?|stars?)(?:\\s*[\\d.,]+\\s*[km]?)?"
            + "|(?:published|submitted|updated|posted)\\s+on\\b.*"
            + "|(?:https?://|www\\.)\\S+"
            + "|arxiv:\\s*\\S+"
            + "|today|yesterday|\\d+\\s+(?:minutes?|hours?|days?|weeks?)\\s+ago"
            + ")$");

    /**
     * A date a page prints.
     *
     * @param yearAssumed the page left the year out ("Mar 11") and it was taken as the latest such day up to today
     */
    record PageDate(LocalDate day, boolean yearAssumed) {
    }

    private PageLines() {
    }

    static boolean isNoise(String line) {
        return line.length() <= MAX_NOISE_LENGTH && (NOISE.matcher(line).matches() || isDate(line));
    }

    /** A paragraph a reader would call an abstract: many words and at least one sentence ending. */
    static boolean isAbstract(String line) {
        return line.length() >= MIN_ABSTRACT_LENGTH && words(line, MIN_ABSTRACT_WORDS) >= MIN_ABSTRACT_WORDS
                && hasSentenceEnd(line);
    }

    static boolean isTitle(String line) {
        return line.length() <= MAX_TITLE_LENGTH && words(line, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS
                && !isAbstract(line);
    }

    /** The date a line names; a date without a year is the latest such day up to {@code today}. */
    static Optional<PageDate> date(String line, LocalDate today) {
        if (line.length() > MAX_NOISE_LENGTH) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO_DATE.matcher(line);
            if (iso.matches()) {
                return Optional.of(new PageDate(LocalDate.parse(iso.group(1)), false));
            }
            Matcher md = MONTH_DAY.matcher(line);
            if (md.matches()) {
                return monthDay(md.group(1), md.group(2), md.group(3), today);
            }
            Matcher dm = DAY_MONTH.matcher(line);
            if (dm.matches()) {
                return monthDay(dm.group(2), dm.group(1), dm.group(3), today);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isDate(String line) {
        return ISO_DATE.matcher(line).matches() || MONTH_DAY.matcher(line).matches()
                || DAY_MONTH.matcher(line).matches();
    }

    private static Optional<PageDate> monthDay(String month, String day, String year, LocalDate today) {
        int monthNumber = "janfebmaraprmayjunjulaugsepoctnovdec"
                .indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
        MonthDay monthDay = MonthDay.of(monthNumber, Integer.parseInt(day));
        if (year != null) {
            return Optional.of(new PageDate(monthDay.atYear(Integer.parseInt(year)), false));
        }
        return Optional.ofNullable(Dates.latestOnOrBefore(monthDay, today)).map(d -> new PageDate(d, true));
    }

    /** Words in {@code line}, counting no further than {@code enough}: a 5 MB line need not be counted to the end. */
    private static int words(String line, int enough) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && words < enough; i++) {
            boolean space = line.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean hasSentenceEnd(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '?' || last == '!' || line.contains(". ") || line.contains("? ")
                || line.contains("! ");
    }
}
