package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.DamagedIndexRecoveryTest.Damage;
import org.paperfeed.cli.PaperFeedCli;

/**
 * An arXiv snapshot is not kept as a digest, so a lost or rebuilt index cannot bring its papers back: the user is
 * told which file to import again, at the rebuild and at every open after it until the file is imported again, rather
 * than finding the library silently empty.
 */
class SnapshotNotKeptTest {

    static final int PAPERS = 20;
    static final String REBUILT_SAYS = "The papers imported from arxiv-metadata.jsonl are missing (the file is not "
            + "kept): import it again.";
    static final String OPEN_SAYS = "The papers imported from arxiv-metadata.jsonl are missing from the library "
            + "(the file is not kept): import it again.";

    @TempDir
    Path data;

    @TempDir
    Path files;

    Path snapshot;

    @BeforeEach
    void importASnapshotAndStarOneOfItsPapers() throws Exception {
        snapshot = SnapshotImportTest.snapshot(files, "arxiv-metadata.jsonl", 1, PAPERS);
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(snapshot);
            app.marks().star("2401.00003");
        }
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.importsMissing()).as("a library holding the snapshot's papers").isEmpty();
            assertThat(app.recovered()).isEmpty();
        }
        assertThat(data.resolve("digests")).as("the snapshot is not kept").doesNotExist();
    }

    @Test
    void aLostIndexIsSaidToLackTheSnapshotAtEveryOpenUntilItIsImportedAgain() throws Exception {
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"), Damage.DELETED_INDEX_FOLDER);

        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.search().size()).isZero();
            assertThat(app.recovered()).as("a lost index with nothing kept to rebuild it from").isPresent();
            assertThat(app.recovered().orElseThrow().message())
                    .startsWith("The library index was missing; rebuilt 0 papers from 0 kept digests; your stars and "
                            + "tags are saved, but 1 marked paper is no longer in a kept digest")
                    .endsWith(REBUILT_SAYS);
            assertThat(app.importsMissing()).as("said once, in the rebuild's message").isEmpty();
        }
        for (int open = 2; open <= 3; open++) {
            try (AppServices app = SampleLibrary.open(data)) {
                assertThat(app.recovered()).isEmpty();
                assertThat(app.importsMissing()).as("open %d", open).map(ImportsMissing::message).contains(OPEN_SAYS);
            }
        }

        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(snapshot);
            assertThat(app.search().size()).isEqualTo(PAPERS);
            assertThat(app.search().require("2401.00003").state().starred()).isTrue();
        }
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.importsMissing()).as("imported again").isEmpty();
            assertThat(app.recovered()).isEmpty();
        }
    }

    /** Its list of segments garbled, no segment of the damaged index can be read back (see the test below). */
    @Test
    void aDamagedIndexRebuiltFromOtherKeptDigestsSaysTheSnapshotIsMissing() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
        }
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"), Damage.CORRUPT_SEGMENTS_N);

        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered().orElseThrow().message())
                    .startsWith("The library index was damaged; rebuilt 74 papers from 1 kept digest")
                    .contains(REBUILT_SAYS);
        }
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.search().size()).isEqualTo(74);
            assertThat(app.importsMissing()).map(ImportsMissing::message).contains(OPEN_SAYS);
        }
    }

    @Test
    void eachCommandAfterTheIndexIsLostSaysItInOneLine() throws Exception {
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"), Damage.DELETED_INDEX_FOLDER);

        for (String command : List.of("list", "list", "tags")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = PaperFeedCli.run(new String[] {"--data-dir", data.toString(), command},
                    new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(status).as(command).isZero();
            assertThat(out.toString()).as(command).doesNotContain("Synthetic paper");
            assertThat(err.toString().lines().toList()).as(command).hasSize(1).first().asString()
                    .startsWith("paperfeed: ").contains("arxiv-metadata.jsonl", "import it again");
        }
    }

    /** A snapshot that held no paper has no papers to miss: nothing is said, however often the library opens. */
    @Test
    void aSnapshotOfNoPaperIsNeverSaidMissing() throws Exception {
        Path untitled = Files.writeString(files.resolve("untitled.jsonl"), SnapshotImportTest.line(7)
                .replace("\"title\":\"Synthetic paper number 7\",", ""));
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.imports().importFile(untitled).added()).isZero();
        }
        for (int open = 1; open <= 2; open++) {
            try (AppServices app = SampleLibrary.open(data)) {
                assertThat(app.importsMissing()).as("open %d", open).isEmpty();
                assertThat(app.search().size()).isEqualTo(PAPERS);
            }
        }
    }

    /** A command that finds the library open in another process reads a view of it, and says it all the same. */
    @Test
    void aReadOnlyViewSaysItToo() throws Exception {
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"), Damage.DELETED_INDEX_FOLDER);
        try (AppServices holder = SampleLibrary.open(data)) {
            AppServices view = AppServices.openForReading(new DataFolder(data), java.time.Clock.systemDefaultZone());
            try (view) {
                assertThat(view.readOnly()).isTrue();
                assertThat(view.importsMissing()).map(ImportsMissing::message).contains(OPEN_SAYS);
            }
        }
    }

    /**
     * One damaged segment among intact ones: the intact segments' papers are read back, the snapshot's among them with
     * their marks, rather than thrown away with the damaged one (the library had held only the kept digests' papers
     * after the rebuild).
     */
    @Test
    void theIntactSegmentsOfADamagedIndexAreReadBack() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
        }
        // The page's segment, the largest, truncated: the snapshot's papers and the star's update are in others.
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"), Damage.TRUNCATED_SEGMENT);

        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered().orElseThrow().message())
                    .startsWith("The library index was damaged; rebuilt 94 papers: 20 read back from its intact "
                            + "parts, 74 from 1 kept digest; your stars and tags are intact. The damaged index was")
                    .doesNotContain("import it again");
        }
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered()).isEmpty();
            assertThat(app.importsMissing()).isEmpty();
            assertThat(app.search().size()).isEqualTo(PAPERS + 74);
            assertThat(app.search().require("2401.00003").state().starred()).isTrue();
            assertThat(app.search().require("2401.00007").paper().title()).isEqualTo("Synthetic paper number 7");
        }
    }

    /**
     * The snapshot's own segment damaged: what the intact ones hold is read back, and the papers no kept digest
     * brought back are counted, with the snapshot named to import again.
     */
    @Test
    void papersOfADamagedSegmentNoDigestHoldsAreCountedAndTheSnapshotNamed() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(page);
        }
        // _0: the snapshot's first commit, all its papers but the one starred since (its new copy is in _1).
        Path snapshotSegment = new DataFolder(data).library().resolve("index").resolve("_0.cfs");
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(snapshotSegment,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(file.size() / 2);
        }

        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered().orElseThrow().message())
                    .startsWith("The library index was damaged; rebuilt 75 papers, all read back from its intact "
                            + "parts; your stars and tags are intact. 19 papers of its damaged parts could not be "
                            + "brought back. Papers imported from arxiv-metadata.jsonl may be among them (the file "
                            + "is not kept): import it again.");
        }
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.search().require("2401.00003").state().starred()).isTrue();
            app.imports().importFile(snapshot);
            assertThat(app.search().size()).isEqualTo(PAPERS + 74);
        }
    }
}
