package org.paperfeed.app.sources;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.source.DailyPapersQuery;
import org.paperfeed.ingest.source.Source;

/**
 * Which past days a refresh asks a daily source for, so that a user back from a few days away finds the days they
 * missed, each asked for once.
 *
 * <p>A plain refresh asks for every day from the day of the source's last successful refresh up to yesterday (that
 * day too: its list was still growing when it was fetched), at most the last {@code catchUpDays} of them, skipping
 * the days already fetched. A source never refreshed asks for today only: catching up is for coming back, not for a
 * brand-new library. Today is never asked for by date; the undated request brings it, and tomorrow's refresh asks
 * for it by date once it is over.
 */
public final class CatchUp {

    /** How many past days {@code refresh --since} may ask for at once, and how long fetched days are remembered. */
    public static final int MAX_DAYS = 366;

    private CatchUp() {
    }

    /**
     * Whether a source can be asked for a past day: it serves Hugging Face daily papers, as configured, as its last
     * digest showed, or (before any digest showed it) by its address. The host does not matter: mirrors and test
     * servers read {@code ?date=} too.
     */
    public static boolean datesSupported(Source source, SourceStatus status) {
        DigestFormat format = source.format() != null ? source.format() : status.detectedFormat();
        return format == DigestFormat.HF_DAILY_JSON
                || format == null && DailyPapersQuery.isHuggingFaceApi(source.url());
    }

    /** Whether a refresh catches the source up: it lists papers by day, which a trending ranking does not. */
    public static boolean catchesUp(Source source, SourceStatus status) {
        return datesSupported(source, status) && !DailyPapersQuery.isTrending(source.url());
    }

    /** The past days a plain refresh asks for, oldest first. */
    public static List<LocalDate> missedDays(SourceStatus status, LocalDate today, ZoneId zone, int catchUpDays) {
        if (status.lastSuccess() == null || catchUpDays < 1) {
            return List.of();
        }
        LocalDate lastRefresh = LocalDate.ofInstant(status.lastSuccess(), zone);
        LocalDate capped = today.minusDays(catchUpDays);
        return unfetched(status, lastRefresh.isAfter(capped) ? lastRefresh : capped, today);
    }

    /** The past days from {@code since} to yesterday not fetched yet, oldest first, whatever the cap. */
    public static List<LocalDate> daysSince(SourceStatus status, LocalDate since, LocalDate today) {
        return unfetched(status, since, today);
    }

    /** The oldest fetched day worth remembering: no refresh reaches further back. */
    public static LocalDate oldestKept(LocalDate today) {
        return today.minusDays(MAX_DAYS + 1L);
    }

    private static List<LocalDate> unfetched(SourceStatus status, LocalDate from, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (!status.daysFetched().contains(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
