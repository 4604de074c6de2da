package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.cli.CliRun;

/**
 * A start ranks For you with the models the last run trained, when the marks are those they learned from, instead of
 * training again (on a large library, the first ranking's longest step); a damaged file of kept models is trained
 * again, quietly, with the same ranking.
 */
class ForYouKeptModelsTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant NEXT_RUN = Instant.parse("2026-12-02T08:00:00Z");

    @TempDir
    static Path imported;
    @TempDir
    Path data;

    @BeforeAll
    static void importRealDays(@TempDir Path files) throws Exception {
        try (AppServices once = AppServices.open(new DataFolder(imported), Clock.systemDefaultZone())) {
            once.imports().importFile(RealArxivDays.snapshot(files));
        }
    }

    @BeforeEach
    void copyTheLibrary() throws Exception {
        ForYouTest.copy(imported.resolve("library"), data.resolve("library"));
    }

    @Test
    void aStartRanksWithTheModelsTheLastRunTrained() throws Exception {
        List<String> firstOrder = firstRunStarringTheTopic();

        try (AppServices next = open(NEXT_RUN)) {
            assertThat(ids(next.forYou().recommend(null, null, false, 200))).isEqualTo(firstOrder);
            assertThat(trainedAt(next)).as("not trained again").isEqualTo(FIRST_RUN);
        }
    }

    @Test
    void aStarMadeSinceTrainsAgain() throws Exception {
        firstRunStarringTheTopic();

        try (AppServices next = open(NEXT_RUN)) {
            next.marks().starAll(List.of(topic().get(ForYouTest.STARRED).id()));
            next.forYou().recommend(null, null, false, 200);
            assertThat(trainedAt(next)).isEqualTo(NEXT_RUN);
        }
    }

    @Test
    void aDamagedFileOfModelsIsTrainedAgainWithTheSameRanking() throws Exception {
        List<String> firstOrder = firstRunStarringTheTopic();
        Path kept = new DataFolder(data).forYouModels();
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(kept, bytes);

        try (AppServices next = open(NEXT_RUN)) {
            assertThat(ids(next.forYou().recommend(null, null, false, 200))).isEqualTo(firstOrder);
            assertThat(trainedAt(next)).isEqualTo(NEXT_RUN);
        }
        try (AppServices third = open(NEXT_RUN.plusSeconds(3_600))) {
            third.forYou().recommend(null, null, false, 200);
            assertThat(trainedAt(third)).as("the file written whole again").isEqualTo(NEXT_RUN);
        }
    }

    /**
     * {@code recommend} on the command line (a library opened for reading, in a JVM of its own) ranks with the kept
     * models without training or writing them again, and prints exactly what a training from nothing gives.
     */
    @Test
    void theCommandLineRanksWithTheKeptModelsAsAFreshTrainingWould() throws Exception {
        firstRunStarringTheTopic();
        Path kept = new DataFolder(data).forYouModels();
        byte[] saved = Files.readAllBytes(kept);

        List<CliRun> withKept = List.of(CliRun.of(data, "recommend", "--json", "--limit", "50"),
                CliRun.of(data, "recommend", "--day", "latest", "--limit", "3"));
        assertThat(withKept).allSatisfy(run -> assertThat(run.status()).as(run.err()).isZero());
        assertThat(withKept.get(0).json()).hasSize(50);
        assertThat(Files.readAllBytes(kept)).as("not trained again, so not written again").isEqualTo(saved);

        Files.delete(kept);
        CliRun fresh = CliRun.of(data, "recommend", "--json", "--limit", "50");
        assertThat(kept).as("trained from nothing, and kept").exists();
        assertThat(fresh.out()).isEqualTo(withKept.get(0).out());
        assertThat(CliRun.of(data, "recommend", "--day", "latest", "--limit", "3").out())
                .isEqualTo(withKept.get(1).out());
    }

    /** Stars ten papers of the topic and ranks: the order For you gives. */
    private List<String> firstRunStarringTheTopic() throws Exception {
        try (AppServices first = open(FIRST_RUN)) {
            first.marks().starAll(topic().subList(0, ForYouTest.STARRED).stream().map(RealArxivDays.Record::id)
                    .toList());
            List<String> order = ids(first.forYou().recommend(null, null, false, 200));
            assertThat(trainedAt(first)).isEqualTo(FIRST_RUN);
            assertThat(order).hasSize(200);
            return order;
        }
    }

    private AppServices open(Instant now) throws Exception {
        return AppServices.open(new DataFolder(data), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<RealArxivDays.Record> topic() throws Exception {
        return RealArxivDays.records().stream().filter(r -> r.categories().contains(ForYouTest.TOPIC)).toList();
    }

    private static Instant trainedAt(AppServices app) {
        return app.forYou().interests().stream().filter(i -> i.key().equals(Interest.STARRED)).findFirst()
                .orElseThrow().trainedAt();
    }

    private static List<String> ids(List<Recommendation> ranked) {
        return ranked.stream().map(r -> r.paper().id().value()).toList();
    }
}
