package org.paperfeed.app.foryou;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.paperfeed.model.PaperId;

/**
 * Papers' best scores, computed ahead (after a training, when a day lands) so that opening For you finds them ready.
 * A score depends on the models and on the whole index (each term's document frequency, the number of papers), so
 * the scores kept are those of one set of trained models on one view of the index: exactly what scoring again would
 * give. Any other models or view starts it over. Bounded: at most {@value #MAX_PAPERS} papers (about 150 bytes
 * each, ≤ 4 MB); when full it starts over. Thread-safe.
 */
final class ScoreCache {

    static final int MAX_PAPERS = 25_000;

    private TrainedModels models;
    private Object version;
    private final Map<PaperId, InterestScore> scores = new HashMap<>();

    /** The scores kept for these models and this view of the index, of the papers asked that have one. */
    synchronized Map<PaperId, InterestScore> known(TrainedModels models, Object version, Collection<PaperId> ids) {
        Map<PaperId, InterestScore> known = new HashMap<>();
        if (this.models == models && version.equals(this.version)) {
            for (PaperId id : ids) {
                InterestScore score = scores.get(id);
                if (score != null) {
                    known.put(id, score);
                }
            }
        }
        return known;
    }

    /** Keeps scores computed with these models on this view of the index. */
    synchronized void keep(TrainedModels models, Object version, Map<PaperId, InterestScore> computed) {
        if (this.models != models || !version.equals(this.version) || scores.size() + computed.size() > MAX_PAPERS) {
            scores.clear();
            this.models = models;
            this.version = version;
        }
        if (computed.size() <= MAX_PAPERS) {
            scores.putAll(computed);
        }
    }

    synchronized int size() {
        return scores.size();
    }
}
