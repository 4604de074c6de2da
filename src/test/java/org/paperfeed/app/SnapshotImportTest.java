package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.RandomWords;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/** Bulk import of the arXiv metadata snapshot: batches, resuming after an interruption or a kill, marks kept. */
class SnapshotImportTest {

    static final int PAPERS = 50;
    static final int BATCH = 7;

    @TempDir
    Path data;

    @TempDir
    Path files;

    static String line(int n) {
        return "{\"id\":\"2401." + String.format("%05d", n) + "\",\"title\":\"Synthetic paper number " + n
                + "\",\"abstract\":\"An abstract about topic " + n + ".\",\"versions\":[{\"version\":\"v1\","
                + "\"created\":\"Mon, 1 Jan 2024 00:00:00 GMT\"}],\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"]],"
                + "\"categories\":\"cs.LG\"}\n";
    }

    static Path snapshot(Path folder, String name, int from, int to) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append(line(i));
        }
        return Files.writeString(folder.resolve(name), text);
    }

    /** The app with a small batch, so a 50-paper file spans several commits. */
    static final class App implements AutoCloseable {
        final PaperLibrary library;
        final ImportPapers imports;
        final MarkPapers marks;
        final SearchPapers search;

        App(Path data) throws Exception {
            DataFolder folder = new DataFolder(data);
            Clock clock = Clock.systemDefaultZone();
            library = PaperLibrary.open(folder.library(), clock);
            AppEvents events = new AppEvents();
            imports = new ImportPapers(library, new DigestArchive(folder.digests(), clock, 1 << 20, Duration.ofDays(1)),
                    DigestReader.standard(), clock, events, folder.imports(), BATCH);
            marks = new MarkPapers(library, events);
            search = new SearchPapers(library);
        }

        @Override
        public void close() throws Exception {
            library.close();
        }
    }

    /**
     * Each batch commits a segment of its own; the merges the last batches start must reach a commit before the
     * library closes, or every later open finds the unmerged segments (slower searches) and merges them again.
     * Segments past 2 MB are merged after the commit that starts the merge, as a real batch's are.
     */
    @Test
    void anImportLeavesItsIndexMergedForTheNextOpen() throws Exception {
        // Eleven one-segment batches: the last one's commit starts the first merge (the merge policy allows ten
        // segments however small they are), so no earlier merge can reach a commit of its own.
        int batches = 11;
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= batches * BATCH; i++) {
            text.append(line(i).replace("An abstract about topic " + i + ".", RandomWords.of(6_000, i)));
        }
        Path file = Files.writeString(files.resolve("arxiv.json"), text);
        try (App app = new App(data)) {
            app.imports.importFile(file, progress -> { });
        }
        DataFolder folder = new DataFolder(data);
        try (org.apache.lucene.store.Directory index =
                     org.apache.lucene.store.FSDirectory.open(folder.library().resolve("index"))) {
            int segments = org.apache.lucene.index.SegmentInfos.readLatestCommit(index).size();
            assertThat(segments).as("segments in the last commit after %d batches", batches).isLessThan(batches);
        }
        try (App app = new App(data)) {
            assertThat(app.search.size()).isEqualTo(batches * BATCH);
        }
    }

    @Test
    void importsEveryPaperInBatchesReportingProgress() throws Exception {
        Path file = snapshot(files, "arxiv.json", 1, PAPERS);
        List<ImportProgress> seen = new ArrayList<>();
        try (App app = new App(data)) {
            ImportReport report = app.imports.importFile(file, seen::add);
            assertThat(report.added()).isEqualTo(PAPERS);
            assertThat(app.search.size()).isEqualTo(PAPERS);
            assertThat(seen).hasSize((PAPERS + BATCH - 1) / BATCH);
            assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
            assertThat(seen.get(seen.size() - 1).papers()).isEqualTo(PAPERS);
            LibraryPaper first = app.search.require("2401.00001");
            assertThat(first.paper().authors()).containsExactly("Jane Doe");
            assertThat(first.paper().published()).hasToString("2024-01-01");
            assertThat(app.imports.importFile(file).summary()).endsWith(": 0 new, 0 updated");
        }
        assertThat(data.resolve("digests")).doesNotExist();
    }

    /**
     * A gzip snapshot cut short (a download that stopped) said "import stopped: Unexpected end of ZLIB input stream
     * (… import the file again to resume)": Java's words, and advice that fails the same way every time.
     */
    @Test
    void aTruncatedGzipSnapshotSaysSoAndKeepsTheBatchesSaved() throws Exception {
        Path whole = snapshot(files, "whole.json", 1, PAPERS);
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write(Files.readAllBytes(whole));
        }
        byte[] bytes = packed.toByteArray();
        Path cut = Files.write(files.resolve("arxiv.json.gz"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
        try (App app = new App(data)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> app.imports.importFile(cut))
                        .isInstanceOf(ImportFailedException.class)
                        .hasMessageContaining(cut + ": import stopped: the gzip file ends too early (truncated?)")
                        .hasMessageContaining("the papers saved so far are kept")
                        .hasMessageNotContaining("ZLIB")
                        .hasMessageNotContaining("import the file again");
            }
            assertThat(app.search.size()).isPositive().isLessThan(PAPERS);
        }
    }

    @Test
    void anInterruptedImportResumesWithoutDuplicatesAndKeepsMarks() throws Exception {
        Path early = snapshot(files, "early.json", 1, 5);
        Path file = snapshot(files, "arxiv.json", 1, PAPERS);
        try (App app = new App(data)) {
            app.imports.importFile(early);
            app.marks.star("2401.00003");
            app.marks.tag("2401.00004", List.of("keep"));
            assertThatThrownBy(() -> app.imports.importFile(file, progress -> {
                if (progress.papers() >= 2 * BATCH) {
                    throw new IllegalStateException("interrupted");
                }
            })).hasMessage("interrupted");
            assertThat(app.search.size()).isEqualTo(2 * BATCH);
        }
        List<ImportProgress> resumed = new ArrayList<>();
        try (App app = new App(data)) {
            ImportReport report = app.imports.importFile(file, resumed::add);
            assertThat(report.added()).isEqualTo(PAPERS - 2 * BATCH);
            assertThat(resumed.get(0).skipped()).isPositive();
            assertExactlyAllPapersWithMarks(app);
        }
    }

    @Test
    void aKilledImportResumesWithoutDuplicatesAndKeepsMarks() throws Exception {
        Path early = snapshot(files, "early.json", 1, 5);
        Path file = snapshot(files, "arxiv.json", 1, PAPERS);
        try (App app = new App(data)) {
            app.imports.importFile(early);
            app.marks.star("2401.00003");
            app.marks.tag("2401.00004", List.of("keep"));
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowImport.class.getName(), data.toString(),
                file.toString()).redirectErrorStream(true).redirectOutput(files.resolve("child.log").toFile()).start();
        try {
            waitForACheckpointPastTheFirstBatch(data.resolve("imports"));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (App app = new App(data)) {
            int sizeAfterKill = app.search.size();
            assertThat(sizeAfterKill).isBetween(BATCH, PAPERS - 1);
            ImportReport report = app.imports.importFile(file);
            assertThat(report.added()).isEqualTo(PAPERS - sizeAfterKill);
            assertExactlyAllPapersWithMarks(app);
        }
    }

    @Test
    void theSameIdTwiceInOneBatchOrInTwoBatchesGivesOnePaperWithEveryListing() throws Exception {
        // BATCH is 7: 2401.00001 appears twice in the first batch, 2401.00002 in the first and the second.
        StringBuilder text = new StringBuilder();
        text.append(listed(1, "2024-01-02")).append(listed(2, "2024-01-03")).append(listed(1, "2024-02-10"));
        for (int i = 3; i <= 12; i++) {
            text.append(line(i));
        }
        text.append(listed(2, "2024-03-20"));
        Path file = Files.writeString(files.resolve("twice.json"), text);
        try (App app = new App(data)) {
            ImportReport report = app.imports.importFile(file);

            assertThat(app.search.size()).isEqualTo(12);
            assertThat(report.added()).isEqualTo(12);
            assertThat(app.search.search("synthetic", PaperFilter.NONE, SortOrder.RELEVANCE, 100).totalHits())
                    .isEqualTo(12);
            assertThat(app.search.require("2401.00001").paper().listings()).extracting(l -> l.day().toString())
                    .containsExactlyInAnyOrder("2024-01-02", "2024-02-10");
            assertThat(app.search.require("2401.00002").paper().listings()).extracting(l -> l.day().toString())
                    .containsExactlyInAnyOrder("2024-01-03", "2024-03-20");
        }
    }

    /** A record of paper {@code n} as a snapshot lists it on {@code day} ({@code update_date}). */
    private static String listed(int n, String day) {
        return line(n).replace("\"categories\"", "\"update_date\":\"" + day + "\",\"categories\"");
    }

    private static void waitForACheckpointPastTheFirstBatch(Path imports) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(imports)) {
                try (Stream<Path> found = Files.list(imports)) {
                    for (Path checkpoint : found.filter(p -> p.toString().endsWith(".json")).toList()) {
                        String text = Files.readString(checkpoint);
                        if (text.contains("\"papers\":" + (2 * BATCH) + ",")) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child import never saved a second batch");
    }

    private static void assertExactlyAllPapersWithMarks(App app) throws Exception {
        assertThat(app.search.size()).isEqualTo(PAPERS);
        assertThat(app.search.search("synthetic", PaperFilter.NONE, SortOrder.RELEVANCE, 1000).totalHits())
                .isEqualTo(PAPERS);
        assertThat(app.search.require("2401.00003").state().starred()).isTrue();
        assertThat(app.search.require("2401.00004").state().tags()).containsExactly("keep");
        assertThat(app.search.list(new PaperFilter(true, false, null), 10)).extracting(p -> p.id().value())
                .containsExactly("2401.00003");
    }

    /** Run in a child JVM and killed there: imports slowly so the parent can kill it between batches. */
    static final class SlowImport {
        public static void main(String[] args) throws Exception {
            try (App app = new App(Path.of(args[0]))) {
                app.imports.importFile(Path.of(args[1]), progress -> sleep());
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
