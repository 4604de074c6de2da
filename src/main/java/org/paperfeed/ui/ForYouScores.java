package org.paperfeed.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ForYou;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.foryou.ForYouFeed;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.ViewQuery;

/** The app's For you behind the list: a view's papers to rank, their scores, and the For you feed. */
final class ForYouScores implements ForYouOrder.Source {

    /**
     * The most papers the For you feed lists: a week of days' best, more than anyone reads (the feed then says it
     * lists the best of how many).
     */
    static final int FEED_LIMIT = 1_000;

    private final BrowseDays browse;
    private final ForYou forYou;

    ForYouScores(BrowseDays browse, ForYou forYou) {
        this.browse = browse;
        this.forYou = forYou;
    }

    @Override
    public SearchResults view(ViewQuery view, boolean muted, int limit) throws PaperFeedException {
        // Not highlighted: ranking reorders the rows, and the ranked list's first rows are highlighted after it.
        return muted ? browse.muted(view, 0, limit, 0) : browse.view(view, 0, limit, 0);
    }

    @Override
    public List<org.paperfeed.model.PaperSnippet> snippets(ViewQuery view, boolean muted, List<PaperId> papers)
            throws PaperFeedException {
        return browse.snippets(view, muted, papers);
    }

    @Override
    public Map<PaperId, ForYouMatch> score(List<PaperId> papers) throws PaperFeedException {
        Map<PaperId, ForYouMatch> matches = new HashMap<>();
        forYou.scores(papers).forEach((id, s) -> matches.put(id, new ForYouMatch(s.interest(), s.score())));
        return matches;
    }

    @Override
    public java.util.Set<PaperId> matching(String query) throws PaperFeedException {
        return new java.util.HashSet<>(browse.ids(new ViewQuery(query, null, null, null,
                org.paperfeed.model.SortOrder.DATE)));
    }

    @Override
    public ForYouOrder.FeedPapers feed(java.time.LocalDate latest, java.util.Set<PaperId> listed)
            throws PaperFeedException {
        java.util.Optional<String> howToStart = forYou.howToStart();
        if (howToStart.isPresent()) {
            return ForYouOrder.FeedPapers.notReady(howToStart.get());
        }
        ForYouFeed ranked = forYou.feed(FEED_LIMIT, latest, listed);
        Map<PaperId, ForYouMatch> matches = new HashMap<>();
        ranked.best().forEach(r -> matches.put(r.paper().id(), new ForYouMatch(r.interest(), r.score())));
        List<LibraryPaper> papers = ranked.best().stream().map(Recommendation::paper).toList();
        return new ForYouOrder.FeedPapers(true, papers, matches, ranked.ranked());
    }
}
