package org.paperfeed.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.ListingCounts;
import org.paperfeed.model.SpanCount;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The day bar: which listing day, ISO week or month the feed shows (none: every day), and each day's paper and
 * unread counts. {@code [} and {@code ]} step to the previous or next day, week or month that has papers, so weekends
 * and days nothing was fetched are skipped.
 *
 * <p>The counts of every listing day, week and month are loaded in the background, together (a few thousand at
 * most: one per day of arXiv's history), and stepping walks them without asking the library again. A week's and a
 * month's are their distinct papers, counted by the library, not their days' summed.
 */
public final class DayBarViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** The date's shorter forms, for a bar short of room: without the year, then without the weekday too. */
    private static final DateTimeFormatter DAY_NO_YEAR = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final BrowseDays browse;
    private final TaskExecutor executor;
    /** The day the view is on; null when the feed shows every day. */
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<DayUnit> unit = new SimpleObjectProperty<>(DayUnit.DAY);
    /**
     * True while the list does not follow the bar (the For you feed ranks the latest day and the week before it,
     * whatever day is shown): stepping to another day, or to every day, then does nothing.
     */
    private final javafx.beans.property.BooleanProperty resting = new javafx.beans.property.SimpleBooleanProperty();
    /** The sidebar's view the days apply to: whose counts the day's label can give ({@link #viewCount}). */
    private final ObjectProperty<Feed> view = new SimpleObjectProperty<>(Feed.TODAY);
    /** Whether words are typed in the search field: the list is then the search's matches on these days. */
    private final javafx.beans.property.BooleanProperty searched = new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<DayRange> range = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<DayCount>> counts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("All days");
    private final ReadOnlyObjectWrapper<List<String>> labelForms = new ReadOnlyObjectWrapper<>(List.of("All days"));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteDetail = new ReadOnlyStringWrapper("");
    /** The latest day, while the bar rests on an older one ({@link #newerDayProperty}); else null. */
    private final ReadOnlyObjectWrapper<LocalDate> newerDay = new ReadOnlyObjectWrapper<>();
    /** Asked for the latest day before the counts arrived: go there once they do. */
    private boolean latestWanted;
    /** The days have been counted (or could not be): until then the latest day is not known. */
    private final ReadOnlyBooleanWrapper countedOnce = new ReadOnlyBooleanWrapper(false);
    private final LatestOnly counting = new LatestOnly();
    /** The days, weeks and months as last counted, before the marks not yet counted are laid over them. */
    private ListingCounts counted = ListingCounts.NONE;
    /** The weeks and months as shown: as counted, with the marks not yet counted laid over (as the days). */
    private List<SpanCount> weeks = List.of();
    private List<SpanCount> months = List.of();
    /** Where the days are recounted: the pool, or in the marks' saving order once {@link #countMarksAhead}. */
    private TaskExecutor recounts;
    /** The marks shown ahead of their save that the days have not counted: laid over them ({@link CountsAhead}). */
    private UncountedMarks uncounted = new UncountedMarks();
    /** The days counted before the window was built ({@link StartingRows}): the first count's, taken by it. */
    private ListingCounts startingCounts;

    public DayBarViewModel(BrowseDays browse, AppEvents events, TaskExecutor executor) {
        this.browse = browse;
        this.executor = executor;
        this.recounts = executor;
        day.addListener((obs, old, value) -> update());
        unit.addListener((obs, old, value) -> update());
        resting.addListener((obs, old, value) -> update());
        view.addListener((obs, old, value) -> update());
        searched.addListener((obs, old, value) -> update());
        events.subscribe(AppEvents.LibraryChanged.class, e -> executor.runOnUi(this::refresh));
        events.subscribe(AppEvents.PaperChanged.class, e -> executor.runOnUi(this::refresh));
        events.subscribe(AppEvents.PapersChanged.class, e -> executor.runOnUi(this::refresh));
    }

    /** The listing days the feed shows; null for every day. */
    public ReadOnlyObjectProperty<DayRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public javafx.beans.property.BooleanProperty restingProperty() {
        return resting;
    }

    /** The view the list shows on these days: the day's label counts its papers, or names the day alone. */
    public ObjectProperty<Feed> viewProperty() {
        return view;
    }

    /** Whether a search is typed: the day's label then names the day alone ({@link #viewCount}). */
    public javafx.beans.property.BooleanProperty searchedProperty() {
        return searched;
    }

    public ObjectProperty<DayUnit> unitProperty() {
        return unit;
    }

    /** Every listing day with papers, newest first, counted after hiding. */
    public ReadOnlyObjectProperty<List<DayCount>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "Tue 11 Mar 2024 · 74 papers · 12 unread", or "All days". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /**
     * The label, then shorter forms of it that keep what follows the date whole (the counts, or For you's days): the
     * date without its year, then without its weekday, then none (the date picker beside it shows the day). The bar
     * shows the longest that fits: cut at its end, the label had lost its counts at 1,280 pixels, for a year and a
     * weekday the reader needs less. A week's or a month's label shortens the other way: its name is kept, and its
     * counts go.
     */
    public ReadOnlyObjectProperty<List<String>> labelFormsProperty() {
        return labelForms.getReadOnlyProperty();
    }

    /** A quiet remark beside the day, a few words long, such as the year assumed for the sample page's dates. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The remark said whole, for its tooltip. */
    public ReadOnlyStringProperty noteDetailProperty() {
        return noteDetail.getReadOnlyProperty();
    }

    /** @param text a few words, shown whole beside the day; {@code detail} the same said in full */
    public void note(String text, String detail) {
        note.set(text);
        noteDetail.set(detail);
    }

    /**
     * The latest day with papers while the bar rests on an older one: a refresh brought it while the reader was in
     * the middle of For you, which goes on ranking from the day it named until the reader moves on to this one
     * ({@link #latest}); null otherwise. Day views need none: the sidebar's Latest day names the new day.
     */
    public ReadOnlyObjectProperty<LocalDate> newerDayProperty() {
        return newerDay.getReadOnlyProperty();
    }

    /**
     * Whether the days have been counted once, so that {@link #latestDay} is known (or known to be none): a view of
     * the latest day waits for it rather than list every day first.
     */
    public ReadOnlyBooleanProperty countedProperty() {
        return countedOnce.getReadOnlyProperty();
    }

    /**
     * Counts the read marks and {@code x} of {@code shared} in the days at once, as the list shows them: the day's
     * unread had followed only the save, up to 1.5 s after the mark. Recounts then run in the marks' saving order, so
     * that each holds exactly the marks made before it ({@link UncountedMarks}).
     */
    void countMarksAhead(MarksAhead shared) {
        uncounted = shared.uncounted();
        uncounted.onChange(() -> {
            showCounts();
            update();
        });
        recounts = shared.recounts();
    }

    /** Recounts the days in the background (after a refresh or a mark). */
    public void refresh() {
        long mine = counting.next();
        long marks = uncounted.madeSoFar();
        ListingCounts starting = startingCounts;
        startingCounts = null;
        if (starting != null) {
            // Counted before the window was built, on a library nothing has written to since.
            counted(mine, marks, starting);
            return;
        }
        BackgroundTask.wrap(browse::counts)
                .onSuccess(found -> counted(mine, marks, found))
                // A view waiting for the days then lists every day, and says itself what is wrong with the library.
                .onFailure(e -> countedOnce.set(true))
                .executeWith(recounts);
    }

    /** The days {@code found} by the recount {@code mine}, asked for when {@code marks} marks had been made. */
    private void counted(long mine, long marks, ListingCounts found) {
        if (counting.isLatest(mine)) {
            uncounted.counted(marks);
            counted = found;
            showCounts();
            if (latestWanted) {
                latest();
            }
            update();
            countedOnce.set(true);
        }
    }

    /**
     * The days, weeks and months as counted, with the marks not yet counted laid over: they follow a read mark as
     * its row does. The weeks and months first, so that whoever hears of the days finds them agreeing.
     */
    private void showCounts() {
        List<UncountedMarks.Mark> marks = uncounted.marks();
        weeks = CountsAhead.spans(counted.weeks(), DayUnit.WEEK, marks);
        months = CountsAhead.spans(counted.months(), DayUnit.MONTH, marks);
        counts.set(CountsAhead.days(counted.days(), marks));
    }

    /** Hands the bar the days, weeks and months counted before the window was built: its first count takes them. */
    void startWith(ListingCounts found) {
        startingCounts = found;
    }

    /** The latest day with papers (the sidebar's "Latest day"), as soon as the counts are known. */
    public void latest() {
        List<DayCount> known = counts.get();
        latestWanted = known.isEmpty();
        if (!known.isEmpty()) {
            unit.set(DayUnit.DAY);
            day.set(known.get(0).day());
        }
    }

    /** The latest day with papers, if any: what the sidebar names. */
    public Optional<LocalDate> latestDay() {
        List<DayCount> known = counts.get();
        return known.isEmpty() ? Optional.empty() : Optional.of(known.get(0).day());
    }

    /** Whether the bar shows the latest day with papers, as one day: what the sidebar's Latest day names. */
    public boolean onLatestDay() {
        return day.get() != null && unit.get() == DayUnit.DAY && latestDay().filter(day.get()::equals).isPresent();
    }

    /** Leaves the day view: the feed shows papers whatever their day. */
    public void allDays() {
        if (resting.get()) {
            return;
        }
        latestWanted = false;
        day.set(null);
    }

    /**
     * {@code ]}: the next day, week or month that has papers; from every day, the latest one. While the bar rests
     * (For you) it moves only onto a newer day a refresh brought ({@link #newerDayProperty}): the link's way from
     * the keyboard, which the bar's controls are not in.
     */
    public void next() {
        if (resting.get()) {
            if (newerDay.get() != null) {
                latest();
            }
            return;
        }
        LocalDate current = day.get();
        if (current == null) {
            latest();
            return;
        }
        LocalDate last = unit.get().rangeOf(current).last();
        List<DayCount> known = counts.get();
        for (int i = known.size() - 1; i >= 0; i--) {
            if (known.get(i).day().isAfter(last)) {
                day.set(known.get(i).day());
                return;
            }
        }
    }

    /** {@code [}: the previous day, week or month that has papers; from every day, the latest one. */
    public void previous() {
        if (resting.get()) {
            return;
        }
        LocalDate current = day.get();
        if (current == null) {
            latest();
            return;
        }
        LocalDate first = unit.get().rangeOf(current).first();
        counts.get().stream().map(DayCount::day).filter(d -> d.isBefore(first)).findFirst().ifPresent(day::set);
    }

    /** The counts of one day; empty when nothing is listed on it. */
    public Optional<DayCount> count(LocalDate value) {
        return counts.get().stream().filter(c -> c.day().equals(value)).findFirst();
    }

    /**
     * The counts of one week or month ({@code span}, as {@link DayUnit#rangeOf} gives it): its distinct papers, a
     * paper listed on two of its days counted once; empty when nothing is listed in it.
     */
    public Optional<SpanCount> count(DayRange span) {
        return java.util.stream.Stream.concat(weeks.stream(), months.stream()).filter(c -> c.span().equals(span))
                .findFirst();
    }

    private void update() {
        LocalDate current = day.get();
        newerDay.set(resting.get() && current != null
                ? latestDay().filter(latest -> latest.isAfter(current)).orElse(null) : null);
        if (current == null) {
            range.set(null);
            say(List.of("All days"));
            return;
        }
        DayRange span = unit.get().rangeOf(current);
        range.set(span);
        // For you ranks the latest day and the unread of the days before it: that day's counts would describe a
        // list it is not (the list's own line says how many it ranked).
        // After " · ", as the other labels' counts: the bar shortens the date first and keeps the rest.
        if (resting.get()) {
            List<String> forms = new java.util.ArrayList<>(forms(dates(current), "and the unread of the "
                    + org.paperfeed.app.ForYou.EARLIER_DAYS + " days before"));
            // Without its date it would not say what the days are before; this short it still says both, in the
            // whole label's words ("7 days' unread" did not say before or after, and read as unread for 7 days).
            forms.set(forms.size() - 1, shortDay(current) + " + " + org.paperfeed.app.ForYou.EARLIER_DAYS
                    + " days before");
            say(forms);
        } else {
            say(describeForms(span, unit.get()));
        }
    }

    private void say(List<String> forms) {
        labelForms.set(List.copyOf(forms));
        label.set(forms.get(0));
    }

    /** What the bar says about the span it shows. */
    String describe(DayRange span, DayUnit spanUnit) {
        return describeForms(span, spanUnit).get(0);
    }

    /** {@link #describe}, then its shorter forms ({@link #labelFormsProperty}). */
    private List<String> describeForms(DayRange span, DayUnit spanUnit) {
        if (spanUnit == DayUnit.DAY) {
            Optional<ViewCount> counted = viewCount(count(span.first()).map(c -> new SpanCount(span, c.papers(),
                    c.unread(), c.sources())));
            return counted.isPresent() ? forms(dates(span.first()), counted.get().text()) : dates(span.first());
        }
        List<String> names = spanUnit == DayUnit.MONTH
                ? List.of(MONTH.format(span.first()), SHORT_MONTH.format(span.first()))
                : dates(span.first()).stream().map(date -> "Week of " + date).toList();
        // A week's or a month's distinct papers and unread, as a day's: "3 days with papers" did not tell a reader
        // catching up on a week how much was left to read.
        Optional<ViewCount> counted = viewCount(count(span));
        List<String> forms = new java.util.ArrayList<>();
        if (counted.isPresent()) {
            names.forEach(name -> forms.add(name + " · " + counted.get().text()));
            if (counted.get().papers() > 0) {
                // Shorter, its short name and its unread alone: what is left to read in it.
                forms.add(names.get(names.size() - 1) + " · " + unread(counted.get().unread()));
            }
        }
        // Short of room a week or a month keeps its name, not its counts: "312 papers · 40 unread" alone did not say
        // which week, and the picker beside it names a day. Over a tag, Starred or a search it names itself alone, as
        // a day does there: "Week of Mon 7 Dec 2026 · 1 day with papers", the library's days, read as the tag's.
        forms.addAll(names);
        return forms;
    }

    /** The papers and unread the label gives for the view on a day, week or month. */
    private record ViewCount(int papers, int unread) {
        /** "74 papers · 12 unread", or "no papers". */
        String text() {
            return papers == 0 ? "no papers" : DayBarViewModel.papers(papers) + " · " + DayBarViewModel.unread(unread);
        }
    }

    /**
     * The counts of the view's papers in {@code counted} (a day's, a week's or a month's; empty: none listed), or no
     * papers; empty when the bar does not know them. The bar counts each day's papers and each source's, not a tag's
     * or a search's: in Starred, a tag, a saved search, Notes or Muted the day's counts ("300 papers · 298 unread"
     * over the tag's 5) read as the list's and were not, so there the label names the day alone, as a reader expects
     * of a date filter, and the line under the search field counts the list (as it does for For you). Latest day, All
     * papers and Unread list the day's papers (Unread its unread ones, the count it gives); a source's view gets the
     * source's own counts. With a search typed the list is its matches, not the day's papers: "Wed 1 Jul 2026 · 300
     * papers · 299 unread" over a search's 12 read as its count, so the label names the day alone there too.
     */
    private Optional<ViewCount> viewCount(Optional<SpanCount> counted) {
        Feed shown = view.get();
        if (searched.get()) {
            return Optional.empty();
        }
        boolean wholeDay = shown == null || shown.equals(Feed.TODAY) || shown.equals(Feed.ALL)
                || shown.equals(Feed.UNREAD);
        boolean oneSource = shown != null && shown.source() != null && shown.query().isEmpty()
                && shown.filter().equals(org.paperfeed.model.PaperFilter.NONE) && !shown.muted();
        if (!wholeDay && !oneSource) {
            return Optional.empty();
        }
        if (oneSource) {
            return Optional.of(counted.flatMap(c -> c.sources().stream()
                    .filter(s -> s.source().equals(shown.source())).findFirst())
                    .map(s -> new ViewCount(s.papers(), s.unread())).orElse(new ViewCount(0, 0)));
        }
        return Optional.of(counted.map(c -> new ViewCount(c.papers(), c.unread())).orElse(new ViewCount(0, 0)));
    }

    /** The day's date, longest first: "Fri 4 Dec 2026", "Fri 4 Dec", "4 Dec". */
    private static List<String> dates(LocalDate value) {
        return List.of(DAY.format(value), DAY_NO_YEAR.format(value), shortDay(value));
    }

    /** Each of {@code names} with {@code rest} after " · ", then {@code rest} alone. */
    private static List<String> forms(List<String> names, String rest) {
        List<String> forms = new java.util.ArrayList<>();
        names.forEach(name -> forms.add(name + " · " + rest));
        forms.add(rest);
        return forms;
    }

    /**
     * The labels this bar could show under any unit for days holding up to the most papers any day holds, one for
     * each weekday in each month: the view keeps room for the widest, so that what follows the label (the picker,
     * Latest, the units) stays put from day to day and from unit to unit. Under the current unit alone, a click on
     * Day and then where Latest had been opened the date picker: Latest moved from x 657 to 703 as "June 2026 · 22
     * days with papers" became "Fri 29 May 2026 · 438 papers · 438 unread".
     */
    List<String> widestLabelCandidates() {
        int widest = nines(counts.get().stream().mapToInt(DayCount::papers).max().orElse(0));
        // A month holds the most papers of any span, a week no more than its month.
        int widestSpan = nines(months.stream().mapToInt(SpanCount::papers).max().orElse(0));
        String spanCounts = " · " + papers(widestSpan) + " · " + unread(widestSpan);
        List<String> labels = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            labels.add(MONTH.format(LocalDate.of(2026, month, 1)) + spanCounts);
            // The 22nd to the 28th: every weekday, with a two-digit date.
            for (int date = 22; date <= 28; date++) {
                LocalDate sample = LocalDate.of(2026, month, date);
                labels.add(DAY.format(sample) + " · " + papers(widest) + " · " + unread(widest));
                labels.add("Week of " + DAY.format(sample) + spanCounts);
            }
        }
        return labels;
    }

    /**
     * A count of as many digits as {@code most} (at least 3), all nines: digits are one width in the fonts the bar
     * uses, so a count's width is its number of digits.
     */
    private static int nines(int most) {
        return (int) Math.min(Integer.MAX_VALUE, Math.pow(10, String.valueOf(Math.max(most, 100)).length()) - 1);
    }

    /** "1,234 papers": counted as the sidebar and the line under the search count. */
    static String papers(int n) {
        return n == 1 ? "1 paper" : FeedViewModel.count(n) + " papers";
    }

    /** "1,234 unread". */
    static String unread(int n) {
        return FeedViewModel.count(n) + " unread";
    }

    /** "11 Mar": the sidebar's Latest day. */
    static String shortDay(LocalDate value) {
        return DAY_OF_MONTH.format(value);
    }

    /** "Tue 11 Mar 2024". */
    static String longDay(LocalDate value) {
        return DAY.format(value);
    }
}
