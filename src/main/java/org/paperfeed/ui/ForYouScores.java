package org.paperfeed.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.ViewQuery;

/** The app's For you behind the list: a view's papers to rank, their scores, and the For you feed. */
final class ForYouScores implements ForYouOrder.Source {

    /** The most papers the For you feed lists: a week of days' best, more than anyone reads. */
    static final int FEED_LIMIT = 1_000;

    private final AppServices app;

    ForYouScores(AppServices app) {
        this.app = app;
    }

    @Override
    public SearchResults view(ViewQuery view, boolean muted, int limit) throws PaperFeedException {
        return muted ? app.browse().muted(view, 0, limit) : app.browse().view(view, 0, limit);
    }

    @Override
    public Map<PaperId, ForYouMatch> score(List<PaperId> papers) throws PaperFeedException {
        Map<PaperId, ForYouMatch> matches = new HashMap<>();
        app.forYou().scores(papers).forEach((id, s) -> matches.put(id, new ForYouMatch(s.interest(), s.score())));
        return matches;
    }

    @Override
    public ForYouOrder.FeedPapers feed() throws PaperFeedException {
        if (!app.forYou().canRank()) {
            return new ForYouOrder.FeedPapers(false, List.of(), Map.of());
        }
        List<Recommendation> ranked = app.forYou().ranking(FEED_LIMIT);
        Map<PaperId, ForYouMatch> matches = new HashMap<>();
        ranked.forEach(r -> matches.put(r.paper().id(), new ForYouMatch(r.interest(), r.score())));
        List<LibraryPaper> papers = ranked.stream().map(Recommendation::paper).toList();
        return new ForYouOrder.FeedPapers(true, papers, matches);
    }
}
