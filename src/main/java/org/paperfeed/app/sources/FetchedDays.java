package org.paperfeed.app.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The past days a daily source was asked for by date and answered (an empty day, such as a Sunday, included), so
 * that no day is fetched twice. Kept in {@code source-status.json} as ISO dates and {@code FIRST/LAST} runs of
 * consecutive days, which a person can read.
 */
public record FetchedDays(NavigableSet<LocalDate> days) {

    public static final FetchedDays NONE = new FetchedDays(new TreeSet<>());

    /** A run longer than this in a hand-edited file is cut to its last days rather than filling memory. */
    private static final int MAX_RUN_DAYS = 1000;

    public FetchedDays {
        days = Collections.unmodifiableNavigableSet(new TreeSet<>(days));
    }

    public boolean contains(LocalDate day) {
        return days.contains(day);
    }

    public FetchedDays with(LocalDate day) {
        NavigableSet<LocalDate> more = new TreeSet<>(days);
        more.add(day);
        return new FetchedDays(more);
    }

    /** Without the days before {@code oldest}, which no refresh asks for any more. */
    public FetchedDays from(LocalDate oldest) {
        return new FetchedDays(days.tailSet(oldest, true));
    }

    public Optional<LocalDate> latest() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.last());
    }

    /** The days as the file keeps them: {@code 2026-03-09} alone, {@code 2026-03-01/2026-03-05} for a run. */
    public List<String> runs() {
        List<String> runs = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : days) {
            if (last != null && day.equals(last.plusDays(1))) {
                last = day;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last));
            }
            first = day;
            last = day;
        }
        if (first != null) {
            runs.add(run(first, last));
        }
        return runs;
    }

    /** @throws DateTimeParseException when an entry is not a date or a run of dates */
    public static FetchedDays parse(List<String> runs) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (String run : runs == null ? List.<String>of() : runs) {
            if (run == null) {
                continue;
            }
            int slash = run.indexOf('/');
            LocalDate last = LocalDate.parse(run.substring(slash + 1));
            LocalDate first = slash < 0 ? last : LocalDate.parse(run.substring(0, slash));
            if (first.isBefore(last.minusDays(MAX_RUN_DAYS))) {
                first = last.minusDays(MAX_RUN_DAYS);
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return new FetchedDays(days);
    }

    private static String run(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}
