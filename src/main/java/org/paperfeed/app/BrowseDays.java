package org.paperfeed.app;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.library.ViewScope;
import org.paperfeed.library.ViewScope.Hiding;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.ViewQuery;

/**
 * The daily briefing: the days papers were listed on with their counts, stepping between days, weeks and months that
 * have papers, a view of one span of days (combined with a search, the user's marks and a source), every paper of a
 * view (to mark them all read), and what mute rules hide or would hide.
 *
 * <p>Day and source views leave out hidden papers: those the user is not interested in, and those a mute rule
 * matches unless they are kept (starred or tagged). Day counts are counted the same way.
 */
public final class BrowseDays {

    private final PaperLibrary library;
    private final Supplier<List<MuteRule>> muteRules;
    private final Supplier<List<String>> sourceOrder;
    private final java.util.function.UnaryOperator<String> sourceNames;
    /** Told of each page asked for: the reader waits for it, background work gives way. */
    private final UserActivity activity;

    /**
     * @param muteRules   the user's mute rules as they are now
     * @param sourceOrder the names of the user's sources in their configured order (trending ties)
     */
    BrowseDays(PaperLibrary library, Supplier<List<MuteRule>> muteRules, Supplier<List<String>> sourceOrder) {
        this(library, muteRules, sourceOrder, java.util.function.UnaryOperator.identity());
    }

    /** @param sourceNames how a source is shown, from its name ({@link ImportPapers#sourceName}) */
    BrowseDays(PaperLibrary library, Supplier<List<MuteRule>> muteRules, Supplier<List<String>> sourceOrder,
               java.util.function.UnaryOperator<String> sourceNames) {
        this(library, muteRules, sourceOrder, sourceNames, new UserActivity());
    }

    /** @param activity told of each page of a view asked for ({@link #view}, {@link #searchedView}, {@link #muted}) */
    BrowseDays(PaperLibrary library, Supplier<List<MuteRule>> muteRules, Supplier<List<String>> sourceOrder,
               java.util.function.UnaryOperator<String> sourceNames, UserActivity activity) {
        this.activity = activity;
        this.library = library;
        this.muteRules = muteRules;
        this.sourceOrder = sourceOrder;
        this.sourceNames = sourceNames;
    }

    /**
     * How a paper's source is shown: "RSS (imported feed.xml)" for a file the user imported, its name otherwise.
     * From memory: a window may ask on its UI thread.
     */
    public String sourceName(String source) {
        return sourceNames.apply(source);
    }

    /** The newest {@code limit} days with papers, newest first, counted after hiding. */
    public List<DayCount> days(int limit) throws PaperFeedException {
        if (limit < 0) {
            throw new PaperFeedException("the number of days cannot be negative: " + limit);
        }
        List<DayCount> all = allDays();
        return all.subList(0, Math.min(limit, all.size()));
    }

    /**
     * Every listing day, ISO week and month with papers, newest first, counted after hiding in one pass (the day
     * bar's counts): a week's and a month's papers are distinct, a paper listed on two of its days counted once.
     */
    public org.paperfeed.model.ListingCounts counts() throws PaperFeedException {
        try {
            return library.listingCounts(muteRules.get());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /** The newest {@code limit} days with papers on or before {@code last}, newest first, counted after hiding. */
    public List<DayCount> days(LocalDate last, int limit) throws PaperFeedException {
        if (limit < 0) {
            throw new PaperFeedException("the number of days cannot be negative: " + limit);
        }
        return allDays().stream().filter(d -> !d.day().isAfter(last)).limit(limit).toList();
    }

    /** The latest listing day that has papers after hiding; empty when no paper has a listing day. */
    public Optional<LocalDate> latestDay() throws PaperFeedException {
        try {
            return library.latestDay(muteRules.get());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The latest day with papers before the day, week or month that holds {@code day}; empty when there is none.
     * The caller shows the {@code unit} that holds the answer.
     */
    public Optional<LocalDate> previousDayWithPapers(LocalDate day, DayUnit unit) throws PaperFeedException {
        LocalDate first = unit.rangeOf(day).first();
        return allDays().stream().map(DayCount::day).filter(d -> d.isBefore(first)).findFirst();
    }

    /** The earliest day with papers after the day, week or month that holds {@code day}; empty when there is none. */
    public Optional<LocalDate> nextDayWithPapers(LocalDate day, DayUnit unit) throws PaperFeedException {
        LocalDate last = unit.rangeOf(day).last();
        List<DayCount> all = allDays();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).day().isAfter(last)) {
                return Optional.of(all.get(i).day());
            }
        }
        return Optional.empty();
    }

    /**
     * One page of a view, in the view's order, with the exact number of papers in it. Day and source views leave out
     * hidden papers; other views show them, each hit saying it is hidden.
     */
    public SearchResults view(ViewQuery view, int offset, int limit) throws PaperFeedException {
        return view(view, offset, limit, SearchPapers.SNIPPETS);
    }

    /**
     * As {@link #view(ViewQuery, int, int)}, highlighting only the first {@code snippets} hits: a window highlights
     * the rows it shows and asks {@link #snippets} for the others as they scroll into sight.
     */
    public SearchResults view(ViewQuery view, int offset, int limit, int snippets) throws PaperFeedException {
        activity.asked();
        Hiding hiding = view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN;
        return search(view, hiding, offset, limit, true, snippets);
    }

    /**
     * One page of a view narrowed by words the user typed: counted exactly up to 1,000, then "1,000+" (counting
     * every match of a broad search costs a second pass, and a search's size is not what anyone reads).
     */
    public SearchResults searchedView(ViewQuery view, int offset, int limit) throws PaperFeedException {
        return searchedView(view, offset, limit, SearchPapers.SNIPPETS);
    }

    /** As {@link #searchedView(ViewQuery, int, int)}, highlighting only the first {@code snippets} hits. */
    public SearchResults searchedView(ViewQuery view, int offset, int limit, int snippets) throws PaperFeedException {
        activity.asked();
        Hiding hiding = view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN;
        return search(view, hiding, offset, limit, false, snippets);
    }

    /** One page of the papers mute rules hide (the "Muted" view), narrowed by the view's search, days and source. */
    public SearchResults muted(ViewQuery view, int offset, int limit) throws PaperFeedException {
        return muted(view, offset, limit, SearchPapers.SNIPPETS);
    }

    /** As {@link #muted(ViewQuery, int, int)}, highlighting only the first {@code snippets} hits. */
    public SearchResults muted(ViewQuery view, int offset, int limit, int snippets) throws PaperFeedException {
        activity.asked();
        return search(view, Hiding.ONLY_MUTED, offset, limit, true, snippets);
    }

    /**
     * The titles and snippets the view's search gives these papers (rows a list highlights as it shows them), in the
     * order asked; papers no longer in the library are left out. Not counted as the reader asking
     * ({@link UserActivity}): a list asks while it scrolls, and background work may go on meanwhile.
     *
     * @param muted the papers are the Muted view's ({@link #muted}), whose search is scoped to what the rules hide
     */
    public List<PaperSnippet> snippets(ViewQuery view, boolean muted, List<PaperId> ids) throws PaperFeedException {
        Hiding hiding = muted ? Hiding.ONLY_MUTED : view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN;
        try {
            // In date order: the order does not change what is marked, and only the trending order reads the sources.
            return library.snippets(query(view.withSort(org.paperfeed.model.SortOrder.DATE), hiding, 0, 0), ids);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    /**
     * The exact number of papers {@link #view} would hold, without reading a row: what the sidebar shows beside a
     * feed. Remembered by the library until its next commit (a mark, an import), so recounting every feed after a
     * change searches only once per feed, and not at all when nothing changed.
     */
    public long count(ViewQuery view) throws PaperFeedException {
        return count(query(view, view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN, 0, 0));
    }

    /** The exact number of papers {@link #muted} would hold, remembered the same way as {@link #count}. */
    public long countMuted(ViewQuery view) throws PaperFeedException {
        return count(query(view, Hiding.ONLY_MUTED, 0, 0));
    }

    /**
     * How many of {@code ids}, the papers a list has loaded from the top of {@link #view} (or {@link #searchedView},
     * or {@link #muted} when {@code muted}), the view still holds: where its next page starts. Papers that left the
     * view since they were listed (read in the Unread view, unstarred in Starred) stay in the list but no longer
     * count in the view, so paging at the loaded rows' count would skip as many papers as had left.
     */
    public long stillInView(ViewQuery view, boolean muted, java.util.Collection<PaperId> ids)
            throws PaperFeedException {
        Hiding hiding = muted ? Hiding.ONLY_MUTED : view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN;
        try {
            return library.countAmong(query(view, hiding, 0, 0), ids);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    /**
     * "Did you mean", for a view whose search found nothing: {@code typed} with its misspelt words replaced by the
     * nearest words the library's papers hold, when the view {@code asView} makes of that text finds papers; empty
     * otherwise.
     */
    public Optional<String> didYouMean(String typed, java.util.function.Function<String, ViewQuery> asView)
            throws PaperFeedException {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return library.didYouMean(typed, text -> {
                ViewQuery view = asView.apply(text);
                return query(view, view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN, 0, 0);
            });
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    private long count(LibraryQuery query) throws PaperFeedException {
        try {
            return library.count(query);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    /**
     * Every paper in the view, not only the loaded rows (for "mark all in this view read"); hidden papers are left
     * out where the view leaves them out.
     */
    public List<PaperId> ids(ViewQuery view) throws PaperFeedException {
        Hiding hiding = view.hidesHidden() ? Hiding.LEFT_OUT : Hiding.SHOWN;
        try {
            return library.ids(query(view, hiding, 0, 0));
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    private SearchResults search(ViewQuery view, Hiding hiding, int offset, int limit, boolean exactTotal,
                                 int snippets) throws PaperFeedException {
        try {
            return library.search(query(view, hiding, offset, limit, exactTotal, snippets));
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    private LibraryQuery query(ViewQuery view, Hiding hiding, int offset, int limit) {
        return query(view, hiding, offset, limit, true, SearchPapers.SNIPPETS);
    }

    private LibraryQuery query(ViewQuery view, Hiding hiding, int offset, int limit, boolean exactTotal,
                               int snippets) {
        DayRange days = view.days();
        // Only the trending order ranks ties by source; reading the sources (their file, each URL validated with
        // OkHttp's parser) is left to the views that need it, which a window's first rows in date order do not.
        List<String> sources = view.sort() == org.paperfeed.model.SortOrder.TRENDING ? sourceOrder.get() : List.of();
        ViewScope scope = new ViewScope(days, view.source(), hiding, muteRules.get(), sources, exactTotal);
        return new LibraryQuery(view.query(), view.filter(), view.sort(), offset, limit,
                Math.max(0, Math.min(limit, snippets)), scope);
    }

    private List<DayCount> allDays() throws PaperFeedException {
        try {
            return library.days(muteRules.get());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }
}
