package org.paperfeed.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;

/**
 * How the list is ranked For you, off the FX thread: a view's papers (up to {@link #LIMIT}) scored by the reader's
 * interests, or the For you feed as the app ranks it, each kept in a frozen {@link ForYouRanking} until the user
 * re-ranks or the view changes. The feed view model holds the last ranking and hands it back with each load.
 */
final class ForYouOrder {

    /**
     * The most papers a view ranks: a day or a week holds far fewer, and scoring a 1,000-paper day is cheap. A
     * larger view (All papers) ranks this many of its first papers in its own order; the rest stay out of the ranked
     * list.
     */
    static final int LIMIT = 5_000;

    /**
     * What the app says about the For you feed: its papers best first, or that no interest is ready.
     *
     * @param ranked how many papers the best were chosen from
     */
    record FeedPapers(boolean ready, List<LibraryPaper> papers, Map<PaperId, ForYouMatch> matches, int ranked,
                      String howToStart) {

        FeedPapers(boolean ready, List<LibraryPaper> papers, Map<PaperId, ForYouMatch> matches, int ranked) {
            this(ready, papers, matches, ranked, "");
        }

        /** No interest ready yet; {@code howToStart} is what the empty list says ({@code ForYou#howToStart}). */
        static FeedPapers notReady(String howToStart) {
            return new FeedPapers(false, List.of(), Map.of(), 0, howToStart);
        }
    }

    /** The app's work behind the For you feed and order. */
    interface Source {
        /** The view's papers to rank, at most {@code limit}, in the view's order. */
        SearchResults view(ViewQuery view, boolean muted, int limit) throws PaperFeedException;

        Map<PaperId, ForYouMatch> score(List<PaperId> papers) throws PaperFeedException;

        /**
         * The For you feed as of the listing day {@code latest}: that day's papers and the unread of the week before
         * it (null: the latest day there is), and the papers of {@code listed} on those days, read, starred or tagged
         * as they may be since (what the reader's visit to For you listed: {@code ForYou#feed(int, LocalDate, Set)}).
         */
        FeedPapers feed(java.time.LocalDate latest, java.util.Set<PaperId> listed) throws PaperFeedException;

        /** Every paper the search text matches, whatever its day: what a search in the For you feed keeps. */
        java.util.Set<PaperId> matching(String query) throws PaperFeedException;

        /** The titles and snippets the view's search gives these papers; none when not highlighting. */
        default List<PaperSnippet> snippets(ViewQuery view, boolean muted, List<PaperId> papers)
                throws PaperFeedException {
            return List.of();
        }
    }

    /**
     * One ranked load: the rows' papers in order with their matches, and the ranking to keep.
     *
     * @param ready false when no interest has enough papers yet: the list then keeps the view's own order
     * @param outOf how many papers the rows were chosen from: more than the rows when the feed lists only its best
     *              or a view larger than {@link #LIMIT} ranks only its first; else the rows' number
     * @param howToStart what the For you feed says while not ready ({@link FeedPapers#howToStart}); else empty
     */
    record Ranked(SearchResults results, ForYouRanking ranking, boolean ready, long outOf, String howToStart) {

        Ranked(SearchResults results, ForYouRanking ranking, boolean ready, long outOf) {
            this(results, ranking, ready, outOf, "");
        }

        /** More papers than the rows were ranked or left unranked: the status line says "of" how many. */
        boolean chosen() {
            return outOf > results.hits().size();
        }

        ForYouMatch match(PaperId id) {
            return ranking == null ? null : ranking.matches().get(id);
        }
    }

    private ForYouOrder() {
    }

    /**
     * Ranks the view (or the For you feed) anew, or, when {@code kept} ranked this same view, keeps its order and
     * ranks only papers it has not seen.
     */
    static Ranked load(ViewQuery query, boolean muted, boolean feed, ForYouRanking kept, Source source)
            throws PaperFeedException {
        return load(query, muted, feed, kept, source, 0, java.util.Set.of());
    }

    /**
     * As {@link #load(ViewQuery, boolean, boolean, ForYouRanking, Source)}, with the first {@code screenful} rows
     * of the list highlighted (the view's first hits by date are not the ranking's first rows), and the For you feed
     * keeping in the papers {@code listed} (its visit's: {@link Source#feed}).
     */
    static Ranked load(ViewQuery query, boolean muted, boolean feed, ForYouRanking kept, Source source,
                       int screenful, java.util.Set<PaperId> listed) throws PaperFeedException {
        RankedView view = view(query, muted, feed);
        boolean reload = keeps(kept, query, muted, feed);
        long start = System.nanoTime();
        List<SearchHit> hits;
        long outOf;
        ForYouRanking.Scorer scorer;
        if (feed) {
            FeedPapers papers = source.feed(query.days() == null ? null : query.days().last(), listed);
            if (!papers.ready()) {
                return new Ranked(new SearchResults(List.of(), 0, true, Duration.ZERO), null, false, 0,
                        papers.howToStart());
            }
            hits = papers.papers().stream().map(ForYouOrder::hit).toList();
            // A search in the feed looks among the listed best only: its rows are all it found.
            outOf = query.query().isBlank() ? papers.ranked() : 0;
            if (!query.query().isBlank()) {
                java.util.Set<PaperId> matching = source.matching(query.query());
                hits = hits.stream().filter(h -> matching.contains(h.entry().id())).toList();
            }
            // The app ranked the feed already: its order is the ranking, its scores the matches.
            scorer = ids -> papers.matches();
        } else {
            SearchResults all = source.view(query, muted, LIMIT);
            hits = all.hits();
            outOf = all.totalHits();
            Map<PaperId, ForYouMatch> probe = Map.of();
            if (!reload) {
                probe = source.score(hits.stream().map(h -> h.entry().id()).toList());
                if (probe.isEmpty() && !hits.isEmpty()) {
                    return new Ranked(highlighted(all, query, muted, screenful, source), null, false, 0);
                }
            }
            Map<PaperId, ForYouMatch> first = probe;
            scorer = ids -> first.isEmpty() ? source.score(ids) : first;
        }
        ForYouRanking ranking = reload ? kept.extend(hits, scorer) : ForYouRanking.rank(view, hits, scorer);
        List<SearchHit> arranged = ranking.arrange(hits);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Ranked(highlighted(new SearchResults(arranged, arranged.size(), true, took), query, muted,
                screenful, source), ranking, true, Math.max(outOf, arranged.size()));
    }

    /**
     * Whether loading this view keeps {@code kept}'s order (a reload), rather than ranking it anew: another view, or
     * no ranking kept, ranks anew.
     */
    static boolean keeps(ForYouRanking kept, ViewQuery query, boolean muted, boolean feed) {
        return kept != null && kept.view().equals(view(query, muted, feed));
    }

    /**
     * Whether this view is another list than {@code kept} ranked, the words typed into the search aside: another day
     * (For you moving on to a new day), feed or order, or none ranked yet. Ranking it may first train the interests
     * and scores papers not scored ahead, which takes a while on a large library; a search typed in a ranked list
     * ranks among papers scored already, at the pace of a keystroke.
     */
    static boolean anotherList(ForYouRanking kept, ViewQuery query, boolean muted, boolean feed) {
        return kept == null || !(kept.view() instanceof RankedView ranked)
                || !ranked.equals(view(query.withQuery(ranked.query().query()), muted, feed));
    }

    /**
     * What a ranking ranked: the view without its order, so any other change (day, feed, search) ranks anew. The For
     * you feed ranks from the day the bar names and the week before it: the latest day, until a refresh brings a
     * newer one under a reader in the middle of it, who keeps the papers they were ranked among until they move on
     * to it (MainWindow#followNewerDay). The bar moving on is a new window, ranked anew.
     */
    private static RankedView view(ViewQuery query, boolean muted, boolean feed) {
        return new RankedView(feed, muted, query.withSort(SortOrder.DATE));
    }

    /** What a ranking ranked ({@link #view}): the For you feed or a view, the Muted view or not, and the view. */
    private record RankedView(boolean feed, boolean muted, ViewQuery query) {
    }

    /** The results with their first {@code screenful} hits highlighted by the view's search. */
    private static SearchResults highlighted(SearchResults results, ViewQuery query, boolean muted, int screenful,
                                             Source source) throws PaperFeedException {
        List<SearchHit> hits = results.hits();
        int n = Math.min(screenful, hits.size());
        if (n == 0) {
            return results;
        }
        Map<PaperId, PaperSnippet> marked = new java.util.HashMap<>();
        source.snippets(query, muted, hits.subList(0, n).stream().map(h -> h.entry().id()).toList())
                .forEach(s -> marked.put(s.id(), s));
        if (marked.isEmpty()) {
            return results;
        }
        List<SearchHit> withSnippets = new java.util.ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            PaperSnippet s = marked.get(hit.entry().id());
            withSnippets.add(s == null ? hit : hit.withHighlights(s));
        }
        return new SearchResults(withSnippets, results.totalHits(), results.totalExact(), results.took());
    }

    private static SearchHit hit(LibraryPaper paper) {
        return new SearchHit(paper, 0f, HighlightedText.plain(paper.paper().title()), HighlightedText.plain(""));
    }
}
