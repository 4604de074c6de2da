package org.paperfeed.app.foryou;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The models trained from one set of marks, by interest key; immutable, so readers on any thread can share it while
 * a retrain builds the next one.
 */
public record TrainedModels(TrainingMarks marks, Map<String, InterestModel> models) {

    public TrainedModels {
        models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    }

    /** When the interest's model was trained; empty when it has none. */
    public Optional<Instant> trainedAt(String key) {
        return Optional.ofNullable(models.get(key)).map(InterestModel::trainedAt);
    }

    public boolean isEmpty() {
        return models.isEmpty();
    }
}
