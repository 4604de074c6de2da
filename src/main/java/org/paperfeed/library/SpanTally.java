package org.paperfeed.library;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.SourceDayCount;
import org.paperfeed.model.SpanCount;

/**
 * The distinct papers and unread papers of every ISO week, or every month, in all and per source, tallied beside the
 * days by {@link DayCounter}: a paper listed on two days of a week counts once in it, where the days' counts summed
 * would count it twice. Per segment in arrays indexed by the span's number (no boxing per paper), as the days are.
 */
final class SpanTally {

    private final DayUnit unit;
    /** Papers and unread per span, by the span's number ({@link #number}). */
    private final Map<Long, int[]> spans = new HashMap<>();
    /** Papers and unread per source and span, by "number|source". */
    private final Map<String, int[]> sourceSpans = new HashMap<>();

    /** This segment's spans from {@link #firstNumber}, its source-spans by local id, and each ordinal's id. */
    private long firstNumber;
    /** This segment's first listing day, and the span of each of its days from it (a month's number is not cheap). */
    private long firstDay;
    private int[] spanOfDay;
    private int[] segmentPapers;
    private int[] segmentUnread;
    private List<String> sourceKeys;
    private int[] ordKey;
    private int[] sourcePapers;
    private int[] sourceUnread;
    /** The current paper's last span, and the source-spans it counted: each once per paper. */
    private int lastSpan;
    private int[] paperKeys = new int[16];
    private int paperKeyCount;

    SpanTally(DayUnit unit) {
        if (unit == DayUnit.DAY) {
            throw new IllegalArgumentException("days are counted by DayCounter itself");
        }
        this.unit = unit;
    }

    /**
     * Starts a segment whose listing days run from {@code firstDay} to {@code lastDay} (none when {@code lastDay} is
     * before {@code firstDay}), and whose source-day terms ("2024-03-04|source") are {@code sourceDays}.
     */
    void startSegment(long firstDay, long lastDay, SortedSetDocValues sourceDays) throws IOException {
        finishSegment();
        firstNumber = number(firstDay);
        int length = lastDay < firstDay ? 0 : (int) (number(lastDay) - firstNumber + 1);
        this.firstDay = firstDay;
        spanOfDay = new int[lastDay < firstDay ? 0 : (int) (lastDay - firstDay + 1)];
        for (int d = 0; d < spanOfDay.length; d++) {
            spanOfDay[d] = (int) (number(firstDay + d) - firstNumber);
        }
        segmentPapers = new int[length];
        segmentUnread = new int[length];
        int ords = (int) Math.min(Integer.MAX_VALUE, sourceDays.getValueCount());
        ordKey = new int[ords];
        sourceKeys = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int ord = 0; ord < ords; ord++) {
            String term = sourceDays.lookupOrd(ord).utf8ToString();
            int bar = term.indexOf('|');
            String key = number(LocalDate.parse(term.substring(0, bar)).toEpochDay()) + term.substring(bar);
            ordKey[ord] = ids.computeIfAbsent(key, k -> {
                sourceKeys.add(k);
                return sourceKeys.size() - 1;
            });
        }
        sourcePapers = new int[sourceKeys.size()];
        sourceUnread = new int[sourceKeys.size()];
    }

    /** A new paper: its days ({@link #listed}) and source-days ({@link #listedBy}) follow. */
    void startPaper() {
        lastSpan = -1;
        paperKeyCount = 0;
    }

    /** One of the paper's listing days, in ascending order (as doc values give them). */
    void listed(long day, boolean unread) {
        int at = spanOfDay[(int) (day - firstDay)];
        if (at != lastSpan) {
            lastSpan = at;
            segmentPapers[at]++;
            if (unread) {
                segmentUnread[at]++;
            }
        }
    }

    /** One of the paper's source-day ordinals. */
    void listedBy(int ord, boolean unread) {
        int key = ordKey[ord];
        for (int i = 0; i < paperKeyCount; i++) {
            if (paperKeys[i] == key) {
                return;
            }
        }
        if (paperKeyCount == paperKeys.length) {
            paperKeys = Arrays.copyOf(paperKeys, paperKeyCount * 2);
        }
        paperKeys[paperKeyCount++] = key;
        sourcePapers[key]++;
        if (unread) {
            sourceUnread[key]++;
        }
    }

    /** Adds the segment's tallies to the whole index's. */
    void finishSegment() {
        if (segmentPapers == null) {
            return;
        }
        for (int at = 0; at < segmentPapers.length; at++) {
            if (segmentPapers[at] > 0) {
                int[] tally = spans.computeIfAbsent(firstNumber + at, n -> new int[2]);
                tally[0] += segmentPapers[at];
                tally[1] += segmentUnread[at];
            }
        }
        for (int key = 0; key < sourcePapers.length; key++) {
            if (sourcePapers[key] > 0) {
                int[] tally = sourceSpans.computeIfAbsent(sourceKeys.get(key), k -> new int[2]);
                tally[0] += sourcePapers[key];
                tally[1] += sourceUnread[key];
            }
        }
        segmentPapers = null;
        segmentUnread = null;
        spanOfDay = null;
        sourcePapers = null;
        sourceUnread = null;
    }

    /** Every span with papers, newest first, each with its sources' counts. */
    List<SpanCount> result() {
        finishSegment();
        Map<Long, List<SourceDayCount>> perSpan = new HashMap<>();
        new TreeMap<>(sourceSpans).forEach((key, tally) -> {
            int bar = key.indexOf('|');
            perSpan.computeIfAbsent(Long.parseLong(key.substring(0, bar)), n -> new ArrayList<>())
                    .add(new SourceDayCount(key.substring(bar + 1), tally[0], tally[1]));
        });
        List<SpanCount> counts = new ArrayList<>(spans.size());
        new TreeMap<>(spans).descendingMap().forEach((n, tally) -> {
            List<SourceDayCount> sources = new ArrayList<>(perSpan.getOrDefault(n, List.of()));
            sources.sort(java.util.Comparator.comparing(SourceDayCount::source));
            counts.add(new SpanCount(range(n), tally[0], tally[1], sources));
        });
        return counts;
    }

    /** The number of the week or month that holds the epoch day {@code day}: consecutive spans, consecutive numbers. */
    private long number(long day) {
        if (unit == DayUnit.WEEK) {
            // The epoch's day 0 was a Thursday: day -3 a Monday, the first of week 0.
            return Math.floorDiv(day + 3, 7);
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }

    /** The week or month numbered {@code n}. */
    private DayRange range(long n) {
        LocalDate first = unit == DayUnit.WEEK ? LocalDate.ofEpochDay(n * 7 - 3)
                : LocalDate.of((int) Math.floorDiv(n, 12), (int) Math.floorMod(n, 12) + 1, 1);
        return unit.rangeOf(first);
    }
}
