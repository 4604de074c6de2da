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

    /**
     * Whether every model still stands for a library of {@code libraryPapers} papers (its size has not moved by more
     * than {@link InterestModel#LIBRARY_CHANGE} since it was trained).
     */
    public boolean fit(int libraryPapers) {
        return models.values().stream().allMatch(model -> model.fits(libraryPapers));
    }

    /** Whether this holds exactly the models of {@code before}, the same objects: nothing was fitted or dropped. */
    public boolean holdsTheModelsOf(TrainedModels before) {
        return before.models.size() == models.size()
                && models.entrySet().stream().allMatch(e -> before.models.get(e.getKey()) == e.getValue());
    }

    public boolean isEmpty() {
        return models.isEmpty();
    }
}
