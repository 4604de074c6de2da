package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperId;

/**
 * The second training pass ({@link LearningSettings#hardNegatives()}): unmarked papers close to the starred ones
 * become negatives, so such papers score lower than after one pass; the same marks still give the same model; and
 * passing over every candidate ({@link LearningSettings#hardSkip()}) leaves the one-pass model.
 */
class HardNegativesTest {

    /** Starred: papers 0–4; near the topic, unmarked: 5–64; the rest share no topic word. */
    private static final int STARRED = 5;
    private static final int NEAR = 65;
    private static final int PAPERS = 300;
    private static final LearningSettings ONE_PASS = new LearningSettings(2, 0.25, 1.0, 4.0, 2, 10, 3);

    @TempDir
    Path folder;

    @Test
    void unmarkedPapersNearTheStarredOnesScoreLowerAfterTheSecondPass() throws Exception {
        try (PaperLibrary library = library()) {
            Map<PaperId, Double> once = scores(library, ONE_PASS);
            Map<PaperId, Double> twice = scores(library, hardNegatives(10, 0));

            assertThat(mean(twice, STARRED, NEAR)).isLessThan(mean(once, STARRED, NEAR) - 0.05);
            assertThat(mean(twice, 0, STARRED)).as("the starred topic still ranks first")
                    .isGreaterThan(mean(twice, NEAR, PAPERS));
        }
    }

    @Test
    void theSameMarksGiveTheSameModelWithASecondPass() throws Exception {
        try (PaperLibrary library = library()) {
            assertThat(scores(library, hardNegatives(10, 0))).isEqualTo(scores(library, hardNegatives(10, 0)));
        }
    }

    @Test
    void skippingEveryCandidateLeavesTheOnePassModel() throws Exception {
        try (PaperLibrary library = library()) {
            assertThat(scores(library, hardNegatives(10, 1_000))).isEqualTo(scores(library, ONE_PASS));
            assertThat(scores(library, hardNegatives(10, 0))).isNotEqualTo(scores(library, ONE_PASS));
        }
    }

    private static LearningSettings hardNegatives(int count, int skip) {
        return new LearningSettings(2, 0.25, 1.0, 4.0, 2, 10, 3, 1.0, 1.0, false, count, skip, false);
    }

    private static Map<PaperId, Double> scores(PaperLibrary library, LearningSettings settings) throws Exception {
        Recommender recommender = new Recommender(settings);
        Set<PaperId> starred = new java.util.HashSet<>();
        for (int i = 0; i < STARRED; i++) {
            starred.add(id(i));
        }
        TrainedModels models = recommender.train(library,
                new TrainingMarks(Map.of(Interest.STARRED, starred), Set.of(), ForYouSettings.DEFAULT), Instant.EPOCH);
        List<PaperId> all = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            all.add(id(i));
        }
        Map<PaperId, Double> scores = new LinkedHashMap<>();
        recommender.score(library, models, all, null, false).forEach((id, s) -> scores.put(id, s.score().score()));
        return scores;
    }

    private static double mean(Map<PaperId, Double> scores, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += scores.get(id(i));
        }
        return sum / (to - from);
    }

    private PaperLibrary library() throws Exception {
        PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
        library.add(MadeUpTopicPapers.papers(7, PAPERS, i -> i < STARRED ? 30 : i < NEAR ? 15 : 0));
        return library;
    }

    private static PaperId id(int i) {
        return MadeUpTopicPapers.id(i);
    }
}
