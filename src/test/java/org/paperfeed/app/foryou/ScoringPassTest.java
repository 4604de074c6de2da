package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperId;

/**
 * A pass over many papers (the {@code recommend} command without a day: every paper of the library) scores a batch
 * at a time and leaves the papers' terms cache alone, and without reasons reads its batches on two threads; what it
 * relies on: each paper's score and reasons are those it gets scored alone, whichever batch (and thread) it falls in,
 * in the order asked, and the cache, filled or not, changes no score.
 */
class ScoringPassTest {

    private static final int PAPERS = 120;
    private static final int STARRED = 5;
    private static final LearningSettings SETTINGS = new LearningSettings(2, 0.25, 1.0, 4.0, 2, 10, 3);

    @TempDir
    Path folder;

    @Test
    void aPassOfManyBatchesScoresEachPaperAsItIsScoredAlone() throws Exception {
        try (PaperLibrary library = library()) {
            Recommender passes = new Recommender(SETTINGS, DocFreqCache.SMALL_SEGMENT_TERMS, 7);
            TrainedModels models = train(passes, library);
            List<PaperId> all = ids();
            all.add(PaperId.arxiv("2503.99999")); // not in the library: left out
            all.add(all.get(3)); // asked twice: scored once

            int keptByTraining = passes.paperTermsCache().papers();
            Map<PaperId, Recommender.Scored> pass = passes.score(library, models, all, null, true);

            assertThat(passes.paperTermsCache().papers()).as("a pass of many batches keeps no more papers' terms")
                    .isEqualTo(keptByTraining);
            assertThat(pass.keySet()).containsExactlyElementsOf(ids());
            Recommender alone = new Recommender(SETTINGS, DocFreqCache.SMALL_SEGMENT_TERMS, 7);
            assertThat(keptByTraining).as("the training read only some papers").isLessThan(PAPERS);
            for (PaperId id : ids()) {
                Map<PaperId, Recommender.Scored> one = alone.score(library, models, List.of(id), null, true);
                assertThat(one.get(id)).as(id.value()).isEqualTo(pass.get(id));
            }
            assertThat(alone.paperTermsCache().papers()).as("a pass of one batch keeps its papers' terms")
                    .isEqualTo(PAPERS);
            Recommender oneBatch = new Recommender(SETTINGS, DocFreqCache.SMALL_SEGMENT_TERMS, 1_000);
            assertThat(oneBatch.score(library, models, all, null, true)).as("read from the index").isEqualTo(pass);
            assertThat(oneBatch.paperTermsCache().papers()).isEqualTo(PAPERS);
            assertThat(oneBatch.score(library, models, all, null, true)).as("read from the cache").isEqualTo(pass);
        }
    }

    /** Without reasons, batches of 7 on two threads. */
    @Test
    void bestScoresOfEveryPaperAreThoseOfOneBatch() throws Exception {
        try (PaperLibrary library = library()) {
            Recommender small = new Recommender(SETTINGS, DocFreqCache.SMALL_SEGMENT_TERMS, 7);
            Recommender whole = new Recommender(SETTINGS, DocFreqCache.SMALL_SEGMENT_TERMS, 1_000);
            TrainedModels models = train(small, library);

            Map<PaperId, InterestScore> inBatches = small.bestScores(library, models, ids());
            assertThat(inBatches).isEqualTo(whole.bestScores(library, models, ids()));
            assertThat(inBatches.keySet()).containsExactlyElementsOf(ids());
        }
    }

    private static TrainedModels train(Recommender recommender, PaperLibrary library) throws Exception {
        Set<PaperId> starred = new java.util.HashSet<>();
        for (int i = 0; i < STARRED; i++) {
            starred.add(id(i));
        }
        return recommender.train(library,
                new TrainingMarks(Map.of(Interest.STARRED, starred), Set.of(), ForYouSettings.DEFAULT), Instant.EPOCH);
    }

    private static List<PaperId> ids() {
        List<PaperId> ids = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            ids.add(id(i));
        }
        return ids;
    }

    private PaperLibrary library() throws Exception {
        PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
        library.add(MadeUpTopicPapers.papers(11, PAPERS, i -> i < STARRED ? 30 : i % 4 == 0 ? 10 : 0));
        return library;
    }

    private static PaperId id(int i) {
        return MadeUpTopicPapers.id(i);
    }
}
