package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Both solvers For you can train with (logistic regression; the linear SVM with Platt scaling, a benchmark variant)
 * give probabilities: a paper on the marked topic scores above one half and above every paper off it, which scores
 * below one half, so the best across interests stays a fair pick whichever solver trained them.
 */
class ModelTrainerTest {

    private static final LearningSettings SVM = new LearningSettings(2, 0.25, 1.0, 0.5, 20, 1000, 3, 1.0, 1.0, true);

    private final Random random = new Random(11);

    @Test
    void logisticRegressionScoresAreProbabilitiesThatPutTheTopicFirst() {
        assertRanksTheTopicFirst(LearningSettings.DEFAULT);
    }

    @Test
    void plattScaledSvmScoresAreProbabilitiesThatPutTheTopicFirst() {
        assertRanksTheTopicFirst(SVM);
    }

    @Test
    void theSameRowsGiveTheSameSvmModel() {
        List<FeatureVector> positives = papers(10, true);
        List<FeatureVector> sampled = papers(200, false);
        FeatureVector unseen = papers(1, true).get(0);
        ModelTrainer trainer = new ModelTrainer(SVM);

        double first = trainer.train("starred", positives, List.of(), sampled, Instant.EPOCH).score(unseen);
        double second = trainer.train("starred", positives, List.of(), sampled, Instant.EPOCH).score(unseen);

        assertThat(second).isEqualTo(first);
    }

    private void assertRanksTheTopicFirst(LearningSettings settings) {
        InterestModel model = new ModelTrainer(settings).train("starred", papers(30, true), List.of(),
                papers(300, false), Instant.EPOCH);
        List<Double> onTopic = papers(20, true).stream().map(model::score).toList();
        List<Double> offTopic = papers(100, false).stream().map(model::score).toList();

        assertThat(onTopic).allSatisfy(s -> assertThat(s).isGreaterThan(0.5).isLessThan(1.0));
        assertThat(offTopic).allSatisfy(s -> assertThat(s).isLessThan(0.5).isGreaterThan(0.0));
        assertThat(onTopic.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                .isGreaterThan(offTopic.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    /** Papers of 6 words each: 3 of 5 topic words and 3 of 60 common ones, or 6 common ones; L2-normalised. */
    private List<FeatureVector> papers(int count, boolean onTopic) {
        List<FeatureVector> papers = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<String> words = new ArrayList<>();
            while (words.size() < 6) {
                String word = onTopic && words.size() < 3 ? "topic" + random.nextInt(5)
                        : "common" + random.nextInt(60);
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            long[] hashes = words.stream().mapToLong(TermTable::hash).toArray();
            double[] values = new double[words.size()];
            java.util.Arrays.fill(values, 1 / Math.sqrt(words.size()));
            papers.add(new FeatureVector(null, hashes, values));
        }
        return papers;
    }
}
