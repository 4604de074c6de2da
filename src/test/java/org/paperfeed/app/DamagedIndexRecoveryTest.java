package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * A damaged index is noticed on open, set aside, and rebuilt from the kept digests with every mark intact; so is an
 * index that went missing while its digests are kept.
 */
class DamagedIndexRecoveryTest {

    /** What happens to the index between two runs. */
    enum Damage {
        TRUNCATED_SEGMENT(true), DELETED_SEGMENT(true), TRUNCATED_SEGMENT_INFO(true), CORRUPT_SEGMENTS_N(true),
        TRUNCATED_SEGMENTS_N(true), DELETED_SEGMENTS_N(false), DELETED_INDEX_FOLDER(false);

        final boolean setAside;

        Damage(boolean setAside) {
            this.setAside = setAside;
        }
    }

    /**
     * What a rebuild's message says where a segment other than the damaged one is intact: its papers were read back
     * first ({@code IndexSalvage}), the rest came from the kept digests. Which segments a kind of damage spares
     * depends on how Lucene merged this library's commits.
     */
    static final String INTACT_PARTS = "(: \\d+ read back from its intact parts, \\d+)?";

    /** Built once: importing the sample three times over is most of this test's cost. */
    @TempDir
    static Path template;

    @TempDir
    Path data;

    @BeforeAll
    static void buildOnce() throws Exception {
        buildMarkedLibrary(template.resolve("data"), Files.createDirectories(template.resolve("files")));
    }

    @BeforeEach
    void copyTemplate() throws IOException {
        Path from = template.resolve("data");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = data.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("library.lock")) {
                    Files.copy(p, to);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedIndexIsRebuiltFromTheKeptDigestsWithEveryMark(Damage damage) throws Exception {
        Path index = new DataFolder(data).library().resolve("index");

        damage(index, damage);

        try (AppServices app = SampleLibrary.open(data)) {
            LibraryRecovered recovered = app.recovered().orElseThrow();
            System.out.printf("%s: %s (%d ms)%n", damage, recovered.message(), recovered.took().toMillis());
            // Where a segment other than the damaged one is intact, its papers were read back first.
            assertThat(recovered.message()).matches("The library index was "
                    + (damage.setAside ? "damaged" : "missing")
                    + "; rebuilt 75 papers" + INTACT_PARTS + " from 3 kept digests; "
                    + "your stars and tags are intact\\..*");
            assertThat(recovered.setAsideIndex().isPresent()).isEqualTo(damage.setAside);
            recovered.setAsideIndex().ifPresent(aside -> assertThat(aside).isDirectory()
                    .hasFileName(aside.getFileName().toString()).satisfies(
                            p -> assertThat(p.getFileName().toString()).startsWith("index.damaged-")));
            assertMarksIntact(app);
        }
        assertClean(index);
        try (AppServices again = SampleLibrary.open(data)) {
            assertThat(again.recovered()).as("a rebuilt index needs no second rebuild").isEmpty();
            assertMarksIntact(again);
        }
    }

    /**
     * A tag an older version journaled with a zero-width space in it is the tag it looks like in the run that rebuilds
     * a damaged index, as after any open: that open's library ({@code openSettingAsideIndex}) journals the upgrade
     * before the digests are read back, and the marks put back on the rebuilt documents are the journal's.
     */
    @Test
    void aTagWithInvisibleCharactersIsFoundByItsNameInTheRunThatRebuildsTheIndex() throws Exception {
        Path journal = new DataFolder(data).library().resolve("user-state.jsonl");
        List<String> lines = Files.readAllLines(journal);
        long seq = Long.parseLong(lines.get(lines.size() - 1).replaceAll(".*\"seq\":(\\d+).*", "$1"));
        Files.writeString(journal, "{\"type\":\"paper\",\"seq\":" + (seq + 1) + ",\"id\":\"2305.09876\","
                + "\"starred\":false,\"read\":true,\"tags\":[\"optimal transport\",\"to-read\",\"m\u200Bl\"],"
                + "\"notInterested\":false}\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        damage(new DataFolder(data).library().resolve("index"), Damage.TRUNCATED_SEGMENT);

        org.paperfeed.cli.CliRun list = org.paperfeed.cli.CliRun.of(data, "list", "--tag", "ml", "--json");

        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.err()).contains("The library index was damaged; rebuilt 75 papers");
        assertThat(list.json()).extracting(paper -> paper.get("id")).containsExactly("2305.09876");
        assertThat(org.paperfeed.cli.CliRun.of(data, "tags").out()).contains("ml ").doesNotContain("\u200B");
    }

    /**
     * A kept digest's record damaged (bytes that are not UTF-8) and the index missing: the rebuild reads back the
     * digests it can and says how many it could not. The damaged record had stopped the open after it had made an
     * empty index ("could not be opened: Input length = 1"), so every later open found an index, empty, and said
     * nothing.
     */
    @Test
    void aDamagedDigestRecordCostsOnlyThatDigestInARebuild() throws Exception {
        Path digests = new DataFolder(data).digests();
        Path record;
        try (Stream<Path> files = Files.list(digests)) {
            record = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        Files.write(record, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{', (byte) 0x80});
        damage(new DataFolder(data).library().resolve("index"), Damage.DELETED_INDEX_FOLDER);

        try (AppServices app = SampleLibrary.open(data)) {
            LibraryRecovered recovered = app.recovered().orElseThrow();
            assertThat(recovered.message()).startsWith("The library index was missing; rebuilt ")
                    .contains("from 2 kept digests").endsWith("1 kept digest could not be read back.");
            assertThat(app.search().size()).isPositive();
        }
        try (AppServices again = SampleLibrary.open(data)) {
            assertThat(again.recovered()).as("rebuilt once").isEmpty();
            assertThat(again.search().size()).isPositive();
        }
    }

    /**
     * An open that rebuilds tells as it starts why and how many kept digests it will read, then each digest read back
     * (the window shows it in a window of its own, since a large library takes minutes); an open that rebuilds
     * nothing tells nothing.
     */
    @ParameterizedTest
    @EnumSource(value = Damage.class, names = {"TRUNCATED_SEGMENT", "DELETED_INDEX_FOLDER"})
    void anOpenThatRebuildsTellsWhyAndHowFarItGot(Damage damage) throws Exception {
        damage(new DataFolder(data).library().resolve("index"), damage);
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        OpeningProgress recorder = new OpeningProgress() {
            @Override
            public void rebuildStarted(String why, int keptDigests) {
                told.add(why + " " + keptDigests);
            }

            @Override
            public void digestsReadBack(int done, int of) {
                told.add(done + "/" + of);
            }
        };
        try (AppServices app = AppServices.openReadingFirst(new DataFolder(data), java.time.Clock.systemDefaultZone(),
                RefreshConfig.defaults(), recorder)) {
            assertThat(app.recovered()).isPresent();
        }
        assertThat(told).containsExactly("The library index was " + (damage.setAside ? "damaged" : "missing") + ". 3",
                "0/3", "1/3", "2/3", "3/3");

        told.clear();
        try (AppServices again = AppServices.openReadingFirst(new DataFolder(data), java.time.Clock.systemDefaultZone(),
                RefreshConfig.defaults(), recorder)) {
            assertThat(again.recovered()).isEmpty();
        }
        assertThat(told).as("nothing rebuilt, nothing told").isEmpty();
    }

    /**
     * A rebuild the reader stops (by closing the window that shows it) stops before its next kept digest, the open
     * failing in one sentence; the next open does the whole rebuild again, every mark intact.
     */
    @Test
    void aRebuildStoppedByTheReaderIsDoneAgainByTheNextOpen() throws Exception {
        damage(new DataFolder(data).library().resolve("index"), Damage.TRUNCATED_SEGMENT);
        java.util.concurrent.atomic.AtomicInteger readBack = new java.util.concurrent.atomic.AtomicInteger();
        OpeningProgress stopAfterOne = new OpeningProgress() {
            @Override
            public void rebuildStarted(String why, int keptDigests) {
            }

            @Override
            public void digestsReadBack(int done, int of) {
                readBack.set(done);
            }

            @Override
            public boolean stopAsked() {
                return readBack.get() >= 1;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppServices.openReadingFirst(new DataFolder(data),
                        java.time.Clock.systemDefaultZone(), RefreshConfig.defaults(), stopAfterOne))
                .isInstanceOf(PaperFeedException.class).hasMessageContaining("stopped")
                .hasMessageContaining("starts again at the next open");
        assertThat(readBack.get()).as("stopped before the second of three digests").isEqualTo(1);

        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered().orElseThrow().message()).startsWith("The library index was damaged; rebuilt 75 papers");
            assertMarksIntact(app);
        }
    }

    /** The window opens reading first: a damaged index is rebuilt all the same before anything is shown. */
    @ParameterizedTest
    @EnumSource(Damage.class)
    void theWindowsReadingFirstOpenRebuildsADamagedIndexToo(Damage damage) throws Exception {
        damage(new DataFolder(data).library().resolve("index"), damage);
        try (AppServices app = AppServices.openReadingFirst(new DataFolder(data), java.time.Clock.systemDefaultZone(),
                RefreshConfig.defaults())) {
            assertThat(app.recovered().orElseThrow().message()).matches("The library index was "
                    + (damage.setAside ? "damaged" : "missing") + "; rebuilt 75 papers"
                    + INTACT_PARTS + " from 3 kept digests; .*");
            assertMarksIntact(app);
        }
        try (AppServices again = AppServices.openReadingFirst(new DataFolder(data),
                java.time.Clock.systemDefaultZone(), RefreshConfig.defaults())) {
            assertThat(again.recovered()).isEmpty();
            assertMarksIntact(again);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Damage.class, names = {"TRUNCATED_SEGMENT", "CORRUPT_SEGMENTS_N"})
    void theCommandLineSaysWhatHappenedInOneLine(Damage damage) throws Exception {
        damage(new DataFolder(data).library().resolve("index"), damage);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int status = org.paperfeed.cli.PaperFeedCli.run(new String[] {"--data-dir", data.toString(), "tags"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));

        assertThat(status).isZero();
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .matches("paperfeed: The library index was damaged; rebuilt 75 papers" + INTACT_PARTS
                        + " from 3 kept digests; your stars and tags are intact\\..*");
        assertThat(out.toString()).contains("optimal transport", "to-read");
    }

    /**
     * A person at a terminal is told in one line, as the rebuild starts, that it has started and can take minutes;
     * a script (no terminal) gets only the line of what happened, and the command's own output is what it prints on
     * the undamaged library either way. Before, whether stderr was a terminal was read from {@code System.console()}
     * alone, so no test could ask for the line.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void atATerminalTheCommandLineSaysARebuildStartedInOneLineMore(boolean atTerminal) throws Exception {
        String tags = org.paperfeed.cli.CliRun.of(data, "tags").out();
        damage(new DataFolder(data).library().resolve("index"), Damage.TRUNCATED_SEGMENT);

        org.paperfeed.cli.CliRun run = org.paperfeed.cli.CliRun.atTerminal(atTerminal, data, "tags");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(tags).contains("optimal transport");
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(atTerminal ? 2 : 1);
        if (atTerminal) {
            assertThat(lines.get(0)).isEqualTo("paperfeed: The library index was damaged; rebuilding it, 3 kept "
                    + "digests to read back (this can take a few minutes)");
        }
        assertThat(lines.get(lines.size() - 1))
                .startsWith("paperfeed: The library index was damaged; rebuilt 75 papers");
    }

    /**
     * The 74-paper sample, then an HF JSON digest that gives two of its papers their arXiv ids (moving their marks)
     * and adds one, then the browser-pasted copy of the sample: 75 papers from 3 digests, marked before and after.
     */
    private static void buildMarkedLibrary(Path data, Path files) throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        Path json = SampleLibrary.copy("/org/paperfeed/app/hf-daily-overlap.json", files, "daily.json");
        Path pasted = SampleLibrary.copy("/org/paperfeed/ingest/hf-papers-page-pasted.txt", files, "pasted.txt");
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
            String schrodinger = only(app, "title:schrodinger").id().value();
            app.marks().star(schrodinger);
            app.marks().tag(schrodinger, List.of("Optimal Transport"));
            app.imports().importFile(json);
            app.imports().importFile(pasted);
            app.marks().tag("2305.09876", List.of("optimal transport", "to-read"));
            app.marks().markRead("2305.09876");
            assertThat(app.search().size()).isEqualTo(75);
        }
    }

    private static void assertMarksIntact(AppServices app) throws Exception {
        assertThat(app.search().size()).isEqualTo(75);
        LibraryPaper schrodinger = app.search().require("2206.01234");
        assertThat(schrodinger.state().starred()).isTrue();
        assertThat(schrodinger.state().tags()).containsExactly("optimal transport");
        LibraryPaper sinkhorn = app.search().require("2305.09876");
        assertThat(sinkhorn.state().tags()).containsExactlyInAnyOrder("optimal transport", "to-read");
        assertThat(sinkhorn.state().read()).isTrue();
        // The filters run on the index's copy of the marks, so they prove the marks were put back on the documents.
        assertThat(app.search().list(new PaperFilter(true, false, null), 10)).extracting(p -> p.id().value())
                .containsExactly("2206.01234");
        assertThat(app.search().list(new PaperFilter(false, false, "optimal transport"), 10))
                .extracting(p -> p.id().value()).containsExactlyInAnyOrder("2206.01234", "2305.09876");
        assertThat(app.search().search("is:read", PaperFilter.NONE, SortOrder.RELEVANCE, 10).totalHits()).isEqualTo(1);
        assertThat(app.search().list(PaperFilter.NONE, 1000)).extracting(p -> p.id().value())
                .doesNotHaveDuplicates().hasSize(75);
    }

    static void damage(Path index, Damage damage) throws IOException {
        switch (damage) {
            case TRUNCATED_SEGMENT -> truncate(largest(index, ".cfs"));
            case DELETED_SEGMENT -> Files.delete(largest(index, ".cfs"));
            case TRUNCATED_SEGMENT_INFO -> truncate(largest(index, ".si"));
            case CORRUPT_SEGMENTS_N -> {
                Path segments = largest(index, "segments_");
                byte[] bytes = Files.readAllBytes(segments);
                bytes[bytes.length / 2] ^= 0x5A;
                Files.write(segments, bytes);
            }
            case TRUNCATED_SEGMENTS_N -> truncate(largest(index, "segments_"));
            case DELETED_SEGMENTS_N -> Files.delete(largest(index, "segments_"));
            case DELETED_INDEX_FOLDER -> {
                try (Stream<Path> all = Files.walk(index)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static Path largest(Path index, String namePart) throws IOException {
        try (Stream<Path> all = Files.list(index)) {
            return all.filter(p -> p.getFileName().toString().contains(namePart))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow(() -> new AssertionError("no " + namePart + " file in " + Arrays.toString(
                            index.toFile().list())));
        }
    }

    private static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    static void assertClean(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
            assertThat(check.checkIndex().clean).as("CheckIndex on " + index).isTrue();
        }
    }

    private static LibraryPaper only(AppServices app, String query) throws PaperFeedException {
        List<LibraryPaper> hits = app.search().search(query, PaperFilter.NONE, SortOrder.RELEVANCE, 5).hits().stream()
                .map(h -> h.entry()).toList();
        assertThat(hits).as(query).hasSize(1);
        return hits.get(0);
    }
}
