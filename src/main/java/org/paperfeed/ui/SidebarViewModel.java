package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ManageSavedSearches;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.RemoveSample;
import org.paperfeed.app.SearchPapers;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;
import org.paperfeed.ui.SidebarEntry.Kind;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/** The sidebar: the fixed feeds, saved searches with their unread counts, tags with counts, and the sources. */
public final class SidebarViewModel {

    private final ManageSavedSearches savedSearches;
    private final SearchPapers search;
    private final BrowseDays browse;
    private final RemoveSample sample;
    private final TaskExecutor executor;
    private final Settings settings;
    private final ObservableList<SidebarEntry> entries = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: JavaFX's wrapper listens to the list weakly, so a listener added to a wrapper made
     * per call stops hearing changes once that wrapper is collected.
     */
    private final ObservableList<SidebarEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<SourceLine> sources;
    private final ObjectProperty<Feed> selected = new SimpleObjectProperty<>(Feed.ALL);
    /** The library's lines: named but not counted until the first count lands (it waits for the first rows). */
    private List<SidebarEntry> feedEntries = uncounted();
    /** The bundled sample's line while any of its papers is in the library; null otherwise. */
    private SidebarEntry sampleEntry;
    /** The latest listing day, as last counted (Latest day's); null when none is. */
    private java.time.LocalDate latestDay;
    private final LatestOnly counting = new LatestOnly();
    /** Where the counts are recounted: the pool, or in the marks' saving order once {@link #countMarksAhead}. */
    private TaskExecutor recounts;
    /** The marks shown ahead of their save that the counts have not counted: laid over them ({@link CountsAhead}). */
    private UncountedMarks uncounted = new UncountedMarks();
    /** True while the selection follows the day bar ({@link #follow}) rather than the reader's choice. */
    private boolean following;

    public SidebarViewModel(ManageSavedSearches savedSearches, SearchPapers search, BrowseDays browse,
                            RemoveSample sample, AppEvents events, TaskExecutor executor, Settings settings,
                            ObservableList<SourceLine> sources) {
        this.savedSearches = savedSearches;
        this.search = search;
        this.browse = browse;
        this.sample = sample;
        this.executor = executor;
        this.recounts = executor;
        this.settings = settings;
        this.sources = sources;
        this.selected.set(firstFeed(settings.get().lastView(), savedSearches));
        selected.addListener((obs, old, feed) -> {
            if (!following) {
                settings.update(p -> p.withLastView(feed.key()));
            }
            if (old != null && old.filter().tag() != null && keptEmpty(old)) {
                refresh(); // the emptied tag kept while it was shown goes now
            }
        });
        sources.addListener((javafx.collections.ListChangeListener<SourceLine>) c -> rebuild());
        events.subscribe(AppEvents.PaperChanged.class, e -> executor.runOnUi(this::refresh));
        events.subscribe(AppEvents.PapersChanged.class, e -> executor.runOnUi(this::refresh));
        events.subscribe(AppEvents.LibraryChanged.class, e -> executor.runOnUi(this::refresh));
        rebuild();
    }

    /** The entry a window opens on: the one selected when it last closed, if it is still there, else All papers. */
    static Feed firstFeed(String lastView, ManageSavedSearches savedSearches) {
        return Feed.fromKey(lastView, savedSearches.list());
    }

    private static List<SidebarEntry> uncounted() {
        List<SidebarEntry> lines = new ArrayList<>();
        lines.add(SidebarEntry.header("Library"));
        Feed.FIXED.forEach(feed -> lines.add(SidebarEntry.feed(Kind.FEED, feed, -1)));
        return lines;
    }

    public ObservableList<SidebarEntry> entries() {
        return entriesView;
    }

    /** The feed the list shows; the view selects, the feed view model follows. */
    public ObjectProperty<Feed> selectedProperty() {
        return selected;
    }

    /**
     * Selects the entry that names what the list now shows after the day bar moved (Latest day and All papers are
     * one feed on the latest day or off it: {@code MainWindow#followDays}), without remembering it as the view to
     * open on: a reader who looked back at yesterday from Latest day still opens on the latest day next morning.
     */
    public void follow(Feed feed) {
        following = true;
        try {
            selected.set(feed);
        } finally {
            following = false;
        }
    }

    /** Whether the selection is changing because the day bar moved, not because the reader chose an entry. */
    public boolean following() {
        return following;
    }

    /**
     * Counts the stars, read marks and {@code x} of {@code shared} at once, as the list shows them: "Starred" had
     * followed only the save, up to 1.5 s after the star (the journal's write and the index's commit). Recounts then
     * run in the marks' saving order, so that each holds exactly the marks made before it ({@link UncountedMarks}).
     */
    void countMarksAhead(MarksAhead shared) {
        uncounted = shared.uncounted();
        uncounted.onChange(this::rebuild);
        recounts = shared.recounts();
    }

    /** Recounts every feed and tag in the background. */
    public void refresh() {
        long mine = counting.next();
        long marks = uncounted.madeSoFar();
        Feed shown = selected.get();
        BackgroundTask.wrap(() -> {
                    List<DayCount> latest = browse.days(1);
                    return new Counted(count(savedSearches.list(), shown, latest), sample(),
                            latest.isEmpty() ? null : latest.get(0).day());
                })
                .onSuccess(counted -> {
                    if (counting.isLatest(mine)) {
                        uncounted.counted(marks);
                        feedEntries = counted.feeds();
                        sampleEntry = counted.sample();
                        latestDay = counted.latest();
                        rebuild();
                    }
                })
                .executeWith(recounts);
    }

    /**
     * Saves a search (a mark: journaled, off the FX thread) and shows it; {@code onFailure} hears why it was refused
     * (an invalid query, a name too long, a full disk).
     */
    public void saveSearch(String name, String query, java.util.function.Consumer<String> onFailure) {
        BackgroundTask.wrap(() -> savedSearches.save(name, query))
                .onSuccess(search -> {
                    refresh();
                    selected.set(Feed.saved(search));
                })
                .onFailure(e -> onFailure.accept(e.getMessage()))
                .executeWith(executor);
    }

    public void saveSearch(String name, String query) {
        saveSearch(name, query, message -> { });
    }

    public void deleteSavedSearch(String name) {
        if (selected.get().key().equals(Feed.saved(new SavedSearch(name, "")).key())) {
            selected.set(Feed.ALL);
        }
        BackgroundTask.wrap(() -> {
            savedSearches.remove(name);
            return name;
        }).onSuccess(removed -> refresh()).executeWith(executor);
    }

    /** @param latest the latest listing day; null when there is none */
    private record Counted(List<SidebarEntry> feeds, SidebarEntry sample, java.time.LocalDate latest) {
    }

    /**
     * Removes the bundled sample (see {@link org.paperfeed.app.RemoveSample}) in the background. When some of its
     * papers carry marks, {@code keepMarked} is asked first, on the UI thread, with how many: those are kept, and
     * false cancels. {@code onFailure} hears why removing failed.
     */
    public void removeSample(java.util.function.IntPredicate keepMarked, java.util.function.Consumer<String> onFailure) {
        BackgroundTask.wrap(() -> sample.preview())
                .onSuccess(preview -> {
                    if (!preview.marked().isEmpty() && !keepMarked.test(preview.marked().size())) {
                        return;
                    }
                    BackgroundTask.wrap(() -> sample.remove())
                            .onSuccess(result -> {
                                if (sampleEntry != null && selected.get().key().equals(sampleEntry.feed().key())) {
                                    selected.set(Feed.ALL);
                                }
                                refresh();
                            })
                            .onFailure(e -> onFailure.accept(e.getMessage()))
                            .executeWith(executor);
                })
                .onFailure(e -> onFailure.accept(e.getMessage()))
                .executeWith(executor);
    }

    /** The sample's line, "Sample: Hugging Face Papers, Mar 11" with its papers, while any are in the library. */
    private SidebarEntry sample() throws PaperFeedException {
        java.util.Optional<java.time.LocalDate> day = sample.listingDay();
        if (day.isEmpty()) {
            return null;
        }
        Feed listed = Feed.source(org.paperfeed.app.RemoveSample.SOURCE);
        return SidebarEntry.sample(ListingText.name(org.paperfeed.model.Listing.daily(
                org.paperfeed.app.RemoveSample.SOURCE, day.get(), null, null, null)), total(listed));
    }

    /** Whether {@code feed} is a tag the sidebar lists with no paper: kept only while it was the view shown. */
    private boolean keptEmpty(Feed feed) {
        return feedEntries.stream().anyMatch(e -> e.feed() != null && e.feed().key().equals(feed.key())
                && e.count() == 0);
    }

    private List<SidebarEntry> count(List<SavedSearch> saved, Feed shown, List<DayCount> latest)
            throws PaperFeedException {
        List<SidebarEntry> counted = new ArrayList<>();
        counted.add(SidebarEntry.header("Library"));
        for (Feed feed : Feed.FIXED) {
            if (feed.equals(Feed.TODAY)) {
                counted.add(latestDay(latest));
            } else if (feed.forYou()) {
                // Ranked, not counted: counting would mean scoring a week of papers on every mark.
                counted.add(SidebarEntry.feed(Kind.FEED, feed, -1));
            } else if (feed.muted()) {
                counted.add(SidebarEntry.feed(Kind.FEED, feed, muted()));
            } else {
                counted.add(SidebarEntry.feed(Kind.FEED, feed, total(feed)));
            }
        }
        if (!saved.isEmpty()) {
            counted.add(SidebarEntry.header("Saved searches"));
            for (SavedSearch search : saved) {
                Feed feed = Feed.saved(search);
                counted.add(SidebarEntry.feed(Kind.SAVED_SEARCH, feed, total(feed.unreadOnly())));
            }
        }
        List<SidebarEntry> tags = new ArrayList<>();
        search.tags().forEach(t -> tags.add(SidebarEntry.feed(Kind.TAG, Feed.tag(t.tag()), t.count())));
        // The tag shown, its last paper just untagged, stays listed (with 0) until the reader moves on: it had
        // vanished from under the selection, leaving no view selected over a list still showing its paper.
        String shownTag = shown.filter().tag();
        if (shownTag != null && tags.stream().noneMatch(t -> t.feed().key().equals(shown.key()))) {
            tags.add(SidebarEntry.feed(Kind.TAG, shown, 0)); // last, as the library orders tags: most papers first
        }
        if (!tags.isEmpty()) {
            counted.add(SidebarEntry.header("Tags"));
            counted.addAll(tags);
        }
        return counted;
    }

    /** "Latest day · 11 Mar" with that day's papers: the day a morning's reading starts from. */
    private SidebarEntry latestDay(List<DayCount> latest) {
        if (latest.isEmpty()) {
            return SidebarEntry.feed(Kind.FEED, Feed.TODAY, -1);
        }
        DayCount day = latest.get(0);
        return SidebarEntry.feed(Kind.FEED, Feed.TODAY,
                Feed.TODAY.label() + " · " + DayBarViewModel.shortDay(day.day()), day.papers());
    }

    private long muted() throws PaperFeedException {
        return browse.countMuted(new ViewQuery("", PaperFilter.NONE, null, null, SortOrder.DATE));
    }

    /**
     * Exactly the papers the feed's view lists (its source and hiding included, no days), counted by the library
     * once per commit: asking again before the next mark or import costs no search.
     */
    private long total(Feed feed) {
        try {
            return browse.count(new ViewQuery(feed.query(), feed.filter(), null, feed.source(), SortOrder.DATE));
        } catch (PaperFeedException e) {
            // A saved search that no longer parses shows no count rather than hiding the sidebar.
            return -1;
        }
    }

    private void rebuild() {
        List<SidebarEntry> all = new ArrayList<>(feedEntries);
        if (!sources.isEmpty() || sampleEntry != null) {
            all.add(SidebarEntry.header("Sources"));
            if (sampleEntry != null) {
                all.add(sampleEntry);
            }
            sources.forEach(s -> all.add(SidebarEntry.source(s)));
        }
        // The marks not yet counted laid over: the counts follow a star as the row does, not its save.
        entries.setAll(CountsAhead.sidebar(all, latestDay, org.paperfeed.app.RemoveSample.SOURCE,
                uncounted.marks()));
    }
}
