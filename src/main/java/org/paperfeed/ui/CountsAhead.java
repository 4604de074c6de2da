package org.paperfeed.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.Listing;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SourceDayCount;
import org.paperfeed.model.SpanCount;
import org.paperfeed.ui.UncountedMarks.Mark;

/**
 * The counts as the marks not yet counted change them ({@link UncountedMarks}): each mark adds what the count gives
 * the paper after it and takes away what it gave the paper before. What each count counts, as the library counts it:
 * <ul>
 * <li>the day bar's days, weeks and months, Latest day and the sample's line leave hidden papers out (not interested,
 * or muted: a day or source view), so {@code x} takes a paper out of each day it was listed on, and its unread with it,
 * and a read mark changes those days' unread only while the paper is not hidden;</li>
 * <li>Starred and Unread have no days and keep hidden papers in (as a search does, with a badge): only the star or
 * the read mark changes them, {@code x} never;</li>
 * <li>Muted counts the papers a mute rule hides that are not dismissed: {@code x} on a muted paper takes it out;</li>
 * <li>All papers, Notes and the tags are not changed by a star, a read mark or {@code x}; a saved search's unread are
 * those of its matches, which only the library can tell, so it waits for the recount; For you is not counted.</li>
 * </ul>
 */
final class CountsAhead {

    private CountsAhead() {
    }

    /** The day bar's counts ({@link DayBarViewModel#countsProperty}), newest first, with {@code marks} laid over. */
    static List<DayCount> days(List<DayCount> counted, List<Mark> marks) {
        if (marks.isEmpty()) {
            return counted;
        }
        List<Tally> tallies = counted.stream().map(c -> new Tally(DayRange.day(c.day()), c.papers(), c.unread(),
                c.sources())).toList();
        return laidOver(tallies, DayUnit.DAY, marks).stream().map(Tally::dayCount).toList();
    }

    /**
     * The day bar's weeks' or months' counts ({@code unit}), newest first, with {@code marks} laid over: a mark
     * changes each week its paper was listed in once, however many of the week's days listed it, as the library
     * counts a week's distinct papers.
     */
    static List<SpanCount> spans(List<SpanCount> counted, DayUnit unit, List<Mark> marks) {
        if (marks.isEmpty()) {
            return counted;
        }
        List<Tally> tallies = counted.stream().map(c -> new Tally(c.span(), c.papers(), c.unread(), c.sources()))
                .toList();
        return laidOver(tallies, unit, marks).stream().map(Tally::spanCount).toList();
    }

    /** The {@code unit}s {@code counted} with each mark laid over, newest first; a span left with no paper left out. */
    private static List<Tally> laidOver(List<Tally> counted, DayUnit unit, List<Mark> marks) {
        Map<LocalDate, Tally> spans = new TreeMap<>(Comparator.reverseOrder());
        counted.forEach(t -> spans.put(t.span.first(), t));
        for (Mark mark : marks) {
            int papers = inDays(mark, s -> true);
            int unread = inDays(mark, s -> !s.read());
            if (papers == 0 && unread == 0) {
                continue;
            }
            Set<DayRange> listed = new LinkedHashSet<>();
            Set<String> sourceSpans = new LinkedHashSet<>();
            for (Listing listing : mark.paper().listings()) {
                DayRange span = unit.rangeOf(listing.day());
                listed.add(span);
                if (sourceSpans.add(listing.source() + "|" + span.first())) {
                    spans.computeIfAbsent(span.first(), d -> new Tally(span)).add(listing.source(), papers, unread);
                }
            }
            listed.forEach(span -> spans.get(span.first()).add(null, papers, unread));
        }
        // A span left with no paper is not one with papers, as the library counts them.
        return spans.values().stream().filter(t -> t.papers > 0).toList();
    }

    /**
     * The sidebar's lines with {@code marks} laid over: Starred, Unread, Muted, Latest day ({@code latest}, null when
     * there is none) and the sample's line ({@code sampleSource}'s papers).
     */
    static List<SidebarEntry> sidebar(List<SidebarEntry> counted, LocalDate latest, String sampleSource,
                                      List<Mark> marks) {
        if (marks.isEmpty()) {
            return counted;
        }
        List<SidebarEntry> shown = new ArrayList<>(counted.size());
        for (SidebarEntry entry : counted) {
            long change = entry.count() < 0 ? 0 : marks.stream().mapToLong(m -> change(entry, latest, sampleSource, m))
                    .sum();
            shown.add(change == 0 ? entry : new SidebarEntry(entry.kind(), entry.label(), entry.feed(),
                    Math.max(0, entry.count() + change), entry.source()));
        }
        return shown;
    }

    private static long change(SidebarEntry entry, LocalDate latest, String sampleSource, Mark mark) {
        Feed feed = entry.feed();
        if (entry.kind() == SidebarEntry.Kind.SAMPLE) {
            return listedBy(mark, sampleSource) ? inDays(mark, s -> true) : 0;
        }
        if (entry.kind() != SidebarEntry.Kind.FEED) {
            return 0;
        }
        if (feed.equals(Feed.STARRED)) {
            return counts(mark, PaperState::starred);
        }
        if (feed.equals(Feed.UNREAD)) {
            return counts(mark, s -> !s.read());
        }
        if (feed.equals(Feed.MUTED)) {
            return mark.muted() ? counts(mark, s -> !s.notInterested()) : 0;
        }
        if (feed.equals(Feed.TODAY) && latest != null
                && mark.paper().listings().stream().anyMatch(l -> l.day().equals(latest))) {
            return inDays(mark, s -> true);
        }
        return 0;
    }

    /** +1, -1 or 0: how the mark changes whether {@code counted} holds of the paper. */
    private static int counts(Mark mark, Predicate<PaperState> counted) {
        return (counted.test(mark.after()) ? 1 : 0) - (counted.test(mark.before()) ? 1 : 0);
    }

    /** As {@link #counts}, of a count that leaves hidden papers out (a day's, a source's). */
    private static int inDays(Mark mark, Predicate<PaperState> counted) {
        return mark.muted() ? 0 : counts(mark, s -> !s.notInterested() && counted.test(s));
    }

    private static boolean listedBy(Mark mark, String source) {
        return mark.paper().listings().stream().anyMatch(l -> l.source().equalsIgnoreCase(source));
    }

    /** One day's, week's or month's counts being changed, its sources' with them. */
    private static final class Tally {
        private final DayRange span;
        private int papers;
        private int unread;
        private final Map<String, int[]> sources = new TreeMap<>();

        Tally(DayRange span) {
            this.span = span;
        }

        Tally(DayRange span, int papers, int unread, List<SourceDayCount> counted) {
            this(span);
            this.papers = papers;
            this.unread = unread;
            counted.forEach(s -> sources.put(s.source(), new int[] {s.papers(), s.unread()}));
        }

        /** Changes the span's counts ({@code source} null) or one source's in it. */
        void add(String source, int morePapers, int moreUnread) {
            if (source == null) {
                papers += morePapers;
                unread += moreUnread;
                return;
            }
            int[] counts = sources.computeIfAbsent(source, s -> new int[2]);
            counts[0] += morePapers;
            counts[1] += moreUnread;
        }

        DayCount dayCount() {
            return new DayCount(span.first(), Math.max(0, papers), Math.max(0, unread), perSource());
        }

        SpanCount spanCount() {
            return new SpanCount(span, Math.max(0, papers), Math.max(0, unread), perSource());
        }

        private List<SourceDayCount> perSource() {
            List<SourceDayCount> perSource = new ArrayList<>();
            sources.forEach((source, counts) -> {
                if (counts[0] > 0) {
                    perSource.add(new SourceDayCount(source, counts[0], Math.max(0, counts[1])));
                }
            });
            return perSource;
        }
    }
}
