package org.paperfeed.app.foryou;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperfeed.library.PaperFeatures;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperId;

/**
 * Trains one model per interest from the reader's marks and the index, and scores papers with them. No state of its
 * own: {@link TrainedModels} holds what it trained. Every call may read the index; none may run on a UI thread.
 */
public final class Recommender {

    private final LearningSettings settings;
    private final ModelTrainer trainer;

    public Recommender(LearningSettings settings) {
        this.settings = settings;
        this.trainer = new ModelTrainer(settings);
    }

    /**
     * Trains every interest that ranks (switched on, at least {@link Interest#MIN_POSITIVES} papers). Negatives: the
     * interest's not-interested papers, weighted higher, plus a sample of the rest of the library chosen by a hash
     * of each id and the interest (the same marks and library give the same model).
     */
    public TrainedModels train(PaperLibrary library, TrainingMarks marks, Instant now) throws IOException {
        Map<String, InterestModel> models = new LinkedHashMap<>();
        try (PaperFeatures features = library.features()) {
            TfIdf tfidf = new TfIdf(features, settings);
            for (Map.Entry<String, Set<PaperId>> interest : marks.positives().entrySet()) {
                String key = interest.getKey();
                Set<PaperId> positives = interest.getValue();
                if (positives.size() < Interest.MIN_POSITIVES || !marks.settings().enabled(key)) {
                    continue;
                }
                Set<PaperId> notInterested = marks.negativesOf(key);
                Set<PaperId> excluded = new HashSet<>(positives);
                excluded.addAll(marks.notInterested());
                int size = Math.max(settings.minNegatives(), settings.negativesPerPositive() * positives.size());
                List<PaperId> sampled = features.sample(size, key.hashCode(), excluded);
                models.put(key, trainer.train(key, vectors(features, tfidf, sorted(positives)),
                        vectors(features, tfidf, sorted(notInterested)), vectors(features, tfidf, sampled), now));
            }
        }
        return new TrainedModels(marks, models);
    }

    /**
     * Each paper's best score across the models (or only {@code interest}'s, when not null), with its reasons when
     * {@code withWhy}; papers the index lacks, and every paper when no model ranks, are left out.
     */
    public Map<PaperId, Scored> score(PaperLibrary library, TrainedModels models, Collection<PaperId> ids,
                                      String interest, boolean withWhy) throws IOException {
        Map<PaperId, Scored> scores = new LinkedHashMap<>();
        List<InterestModel> using = new ArrayList<>();
        models.models().forEach((key, model) -> {
            if (interest == null || interest.equals(key)) {
                using.add(model);
            }
        });
        if (using.isEmpty()) {
            return scores;
        }
        try (PaperFeatures features = library.features()) {
            TfIdf tfidf = new TfIdf(features, settings);
            for (PaperId id : ids) {
                Map<String, Integer> counts = features.termCounts(id);
                if (counts.isEmpty() && library.get(id).isEmpty()) {
                    continue;
                }
                Map<String, Double> vector = tfidf.vector(counts);
                InterestModel best = null;
                double bestScore = -1;
                for (InterestModel model : using) {
                    double score = model.score(vector);
                    if (score > bestScore) {
                        best = model;
                        bestScore = score;
                    }
                }
                List<WhyTerm> why = withWhy ? best.why(vector) : List.of();
                scores.put(id, new Scored(new InterestScore(best.key(), bestScore), why));
            }
        }
        return scores;
    }

    /** A paper's best score and, when asked for, its reasons. */
    public record Scored(InterestScore score, List<WhyTerm> why) {
    }

    private static List<PaperId> sorted(Set<PaperId> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<Map<String, Double>> vectors(PaperFeatures features, TfIdf tfidf, List<PaperId> ids)
            throws IOException {
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (PaperId id : ids) {
            Map<String, Double> vector = tfidf.vector(features.termCounts(id));
            if (!vector.isEmpty()) {
                vectors.add(vector);
            }
        }
        return vectors;
    }
}
