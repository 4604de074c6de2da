package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchHit;

/**
 * A view's papers in For-you order, ranked once and then kept: the order is frozen until the user re-ranks or the
 * view changes (another day, feed or search), like the briefing's stable order. Starring, reading or a refresh never
 * moves a row under the reader; a paper that arrives later goes below the ranked ones, in its own score order.
 * Immutable: built off the FX thread, handed to it whole.
 *
 * @param view    what was ranked: the view without its order, so changing anything else ranks anew
 * @param order   the ranked papers, best first
 * @param matches each ranked paper's best interest; a paper no interest scored has none
 */
record ForYouRanking(Object view, List<PaperId> order, Map<PaperId, ForYouMatch> matches) {

    /** Scores papers by the reader's interests; the app's work, off the FX thread. */
    @FunctionalInterface
    interface Scorer {
        /** Each paper's best match; empty when no interest has enough papers yet. */
        Map<PaperId, ForYouMatch> score(List<PaperId> papers) throws PaperFeedException;
    }

    ForYouRanking {
        order = List.copyOf(order);
        matches = Map.copyOf(matches);
    }

    /** Ranks {@code hits} by their best score, best first; ties and unscored papers keep the view's order. */
    static ForYouRanking rank(Object view, List<SearchHit> hits, Scorer scorer) throws PaperFeedException {
        Map<PaperId, ForYouMatch> matches = scorer.score(hits.stream().map(h -> h.entry().id()).toList());
        return new ForYouRanking(view, byScore(hits, matches), matches);
    }

    /**
     * The same view again (a reload after a refresh or an undo): the ranked papers keep their places, papers not
     * ranked before are scored and go below them.
     */
    ForYouRanking extend(List<SearchHit> hits, Scorer scorer) throws PaperFeedException {
        List<SearchHit> fresh = hits.stream().filter(h -> !matches.containsKey(h.entry().id())
                && !order.contains(h.entry().id())).toList();
        if (fresh.isEmpty()) {
            return this;
        }
        Map<PaperId, ForYouMatch> scored = scorer.score(fresh.stream().map(h -> h.entry().id()).toList());
        List<PaperId> longer = new ArrayList<>(order);
        longer.addAll(byScore(fresh, scored));
        Map<PaperId, ForYouMatch> all = new HashMap<>(matches);
        all.putAll(scored);
        return new ForYouRanking(view, longer, all);
    }

    /** {@code hits} in this ranking's order; papers it does not hold are left out. */
    List<SearchHit> arrange(List<SearchHit> hits) {
        Map<PaperId, Integer> place = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            place.put(order.get(i), i);
        }
        return hits.stream().filter(h -> place.containsKey(h.entry().id()))
                .sorted(Comparator.comparingInt(h -> place.get(h.entry().id()))).toList();
    }

    private static List<PaperId> byScore(List<SearchHit> hits, Map<PaperId, ForYouMatch> matches) {
        List<PaperId> ids = new ArrayList<>(hits.stream().map(h -> h.entry().id()).toList());
        Map<PaperId, Integer> viewPlace = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            viewPlace.put(ids.get(i), i);
        }
        ids.sort(Comparator.<PaperId>comparingDouble(id -> matches.containsKey(id) ? -matches.get(id).score() : 1)
                .thenComparingInt(viewPlace::get));
        return ids;
    }
}
