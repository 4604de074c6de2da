package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * For you's models kept between runs ({@link SavedModels}): given back exactly while the marks they learned from are
 * the marks now, never when those changed, the settings changed or the file is damaged; refitted, though kept, once
 * the library changed size by more than a tenth.
 */
class SavedModelsTest {

    private static final LearningSettings SETTINGS = new LearningSettings(2, 0.25, 1.0, 4.0, 2, 10, 3);
    private static final String TAG = Interest.tagKey("qubits");
    private static final String[] TOPIC = {"quantum", "qubit", "entanglement", "photon", "decoherence"};
    private static final int PAPERS = 200;
    private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path folder;

    private final Random random = new Random(7);

    @Test
    void theModelsTrainedFromTheMarksOfNowComeBackAsTheyWere() throws Exception {
        try (PaperLibrary library = library()) {
            Recommender recommender = new Recommender(SETTINGS);
            TrainingMarks marks = marks(5);
            TrainedModels trained = recommender.train(library, marks, FIRST);
            SavedModels saved = saved();
            saved.save(trained);

            TrainedModels back = saved.matching(marks);

            assertThat(back.models().keySet()).containsExactlyInAnyOrder(Interest.STARRED, TAG);
            assertThat(back.trainedAt(Interest.STARRED)).contains(FIRST);
            assertThat(scores(recommender, library, back)).isEqualTo(scores(recommender, library, trained));
            TrainedModels next = recommender.train(library, marks, LATER, back);
            assertThat(next.holdsTheModelsOf(back)).as("nothing fitted again").isTrue();
        }
    }

    @Test
    void anInterestWhoseMarksChangedIsNotGivenBackTheOthersAre() throws Exception {
        try (PaperLibrary library = library()) {
            Recommender recommender = new Recommender(SETTINGS);
            SavedModels saved = saved();
            saved.save(recommender.train(library, marks(5), FIRST));

            TrainedModels back = saved.matching(marks(6));

            assertThat(back.models()).containsOnlyKeys(TAG);
            TrainedModels next = recommender.train(library, marks(6), LATER, back);
            assertThat(next.trainedAt(Interest.STARRED)).contains(LATER);
            assertThat(next.trainedAt(TAG)).contains(FIRST);
        }
    }

    @Test
    void aNotInterestedMarkMadeSinceIsNotGivenBack() throws Exception {
        try (PaperLibrary library = library()) {
            SavedModels saved = saved();
            saved.save(new Recommender(SETTINGS).train(library, marks(5), FIRST));
            TrainingMarks dismissed = new TrainingMarks(marks(5).positives(), Set.of(id(150)),
                    ForYouSettings.DEFAULT);

            assertThat(saved.matching(dismissed).models()).isEmpty();
        }
    }

    @Test
    void aDamagedOrForeignFileGivesNothingBackAndNoError() throws Exception {
        try (PaperLibrary library = library()) {
            SavedModels saved = saved();
            saved.save(new Recommender(SETTINGS).train(library, marks(5), FIRST));
            Path file = folder.resolve("for-you-models.bin");
            byte[] good = Files.readAllBytes(file);

            byte[] flipped = good.clone();
            flipped[good.length / 2] ^= 0x10;
            Files.write(file, flipped);
            assertThat(saved.matching(marks(5)).models()).as("a byte changed").isEmpty();

            Files.write(file, java.util.Arrays.copyOf(good, good.length - 3));
            assertThat(saved.matching(marks(5)).models()).as("cut short").isEmpty();

            Files.writeString(file, "{\"not\": \"models\"}");
            assertThat(saved.matching(marks(5)).models()).as("another file").isEmpty();

            Files.write(file, good);
            assertThat(saved.matching(marks(5)).models()).as("the good file again").hasSize(2);

            assertThat(new SavedModels(file, LearningSettings.DEFAULT).matching(marks(5)).models())
                    .as("trained under other settings").isEmpty();
        }
    }

    @Test
    void aKeptModelIsFittedAgainOnceTheLibraryChangedSizeByMoreThanATenth() throws Exception {
        try (PaperLibrary library = library()) {
            Recommender recommender = new Recommender(SETTINGS);
            TrainedModels first = recommender.train(library, marks(5), FIRST);

            library.add(papers(PAPERS, PAPERS + PAPERS / 20));
            TrainedModels afterADay = recommender.train(library, marks(5), LATER, first);
            assertThat(afterADay.holdsTheModelsOf(first)).as("5% more papers").isTrue();

            library.add(papers(PAPERS + PAPERS / 20, PAPERS + PAPERS / 4));
            TrainedModels afterAnImport = recommender.train(library, marks(5), LATER, afterADay);
            assertThat(afterAnImport.trainedAt(Interest.STARRED)).as("25% more papers").contains(LATER);
            assertThat(afterAnImport.fit(library.size())).isTrue();
            assertThat(first.fit(library.size())).isFalse();
        }
    }

    private SavedModels saved() {
        return new SavedModels(folder.resolve("for-you-models.bin"), SETTINGS);
    }

    /** Starred: the first {@code starred} topic papers; tagged: topic papers 20–24. */
    private static TrainingMarks marks(int starred) {
        Set<PaperId> stars = new java.util.HashSet<>();
        IntStream.range(0, starred).forEach(i -> stars.add(id(i)));
        Set<PaperId> tagged = new java.util.HashSet<>();
        IntStream.range(20, 25).forEach(i -> tagged.add(id(i)));
        return new TrainingMarks(Map.of(Interest.STARRED, stars, TAG, tagged), Set.of(), ForYouSettings.DEFAULT);
    }

    private static Map<PaperId, Double> scores(Recommender recommender, PaperLibrary library, TrainedModels models)
            throws Exception {
        List<PaperId> all = IntStream.range(0, PAPERS).mapToObj(SavedModelsTest::id).toList();
        Map<PaperId, Double> scores = new java.util.LinkedHashMap<>();
        recommender.score(library, models, all, null, false).forEach((id, s) -> scores.put(id, s.score().score()));
        return scores;
    }

    private PaperLibrary library() throws Exception {
        PaperLibrary library = PaperLibrary.open(folder.resolve("library"), Clock.systemDefaultZone());
        library.add(papers(0, PAPERS));
        return library;
    }

    /** Papers {@code from} … {@code to − 1}; the first 40 on the topic. */
    private List<Paper> papers(int from, int to) {
        List<Paper> papers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(i < 40 && w < 20 ? TOPIC[random.nextInt(TOPIC.length)] : word(random.nextInt(300)))
                        .append(w % 9 == 8 ? ". " : " ");
            }
            papers.add(new Paper(id(i), word(random.nextInt(300)) + " " + word(random.nextInt(300)),
                    text.toString().trim(), List.of("Writer " + word(i % 40)), LocalDate.of(2025, 3, 1 + i % 28),
                    "arxiv", List.of(), null, List.of("cs.LG")));
        }
        return papers;
    }

    private static PaperId id(int i) {
        return PaperId.arxiv(String.format("2503.%05d", i));
    }

    /** A made-up word from a number (letters only, so the stemmer leaves it a word of its own). */
    private static String word(int n) {
        return "zq" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26) + "x";
    }
}
