package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.DamagedIndexRecoveryTest.Damage;
import org.paperfeed.cli.CliRun;

/**
 * A backup counts the marked papers it cannot carry: the library keeps the marks of papers it no longer holds (an
 * arXiv snapshot, not kept, after the index was rebuilt without it) for when they are imported again, and 'tags' still
 * counts them, but a backup is written from the papers the library holds, so their stars, tags and notes were left out
 * of it without a word ("backup.json: 74 papers as json"), and a restore from it lost them for good.
 */
class BackupOfMissingPapersTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Path snapshot;

    @BeforeEach
    void marksOnSnapshotPapersThenTheIndexRebuiltWithoutThem() throws Exception {
        snapshot = SnapshotImportTest.snapshot(files, "arxiv-metadata.jsonl", 1, 5);
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt");
        assertThat(cli("import", snapshot.toString(), page.toString()).status()).isZero();
        assertThat(cli("star", "2401.00003").status()).isZero();
        assertThat(cli("tag", "2401.00004", "keep").status()).isZero();
        assertThat(cli("note", "2401.00004", "compare", "with", "3").status()).isZero();
        String onThePage = cli("list", "--json", "--limit", "1").json().get(0).get("id").toString();
        assertThat(cli("star", onThePage).status()).isZero();
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"), Damage.DELETED_INDEX_FOLDER);
        assertThat(cli("list", "--limit", "1").err()).contains("2 marked papers are no longer in a kept digest");
    }

    @Test
    void theBackupsSummaryCountsTheMarkedPapersItLeavesOut() throws Exception {
        Path backup = files.resolve("backup.json");

        CliRun exported = cli("export", "--output", backup.toString());

        assertThat(exported.status()).isZero();
        assertThat(exported.out().strip())
                .isEqualTo(backup + ": 74 papers as json, 2 marked papers skipped (not in the library)");
        List<Map<String, Object>> papers = new CliRun(0, Files.readString(backup), "").json();
        assertThat(papers).extracting(p -> p.get("id")).doesNotContain("2401.00003", "2401.00004");
        assertThat(papers).filteredOn(p -> Boolean.TRUE.equals(p.get("starred"))).as("the page's star is in it")
                .hasSize(1);
    }

    /** To stdout the backup is the output: the count goes to stderr, in one line, and the exit status stays 0. */
    @Test
    void aBackupOnStdoutSaysItOnStderr() {
        CliRun exported = cli("export");

        assertThat(exported.status()).isZero();
        assertThat(exported.json()).hasSize(74);
        assertThat(exported.err().lines()).contains(
                "paperfeed: 2 marked papers skipped (not in the library): their marks are not in the backup");
    }

    /** Once the papers are back nothing is left out, and an export that is no backup never says it. */
    @Test
    void nothingIsSaidOnceThePapersAreBackOrForAnExportThatIsNoBackup() throws Exception {
        Path starred = files.resolve("starred.bib");
        assertThat(cli("export", "--starred", "--format", "bibtex", "--output", starred.toString()).out().strip())
                .isEqualTo(starred + ": 1 paper as bibtex");
        assertThat(cli("export", "--tag", "keep").err()).doesNotContain("skipped");

        assertThat(cli("import", snapshot.toString()).status()).isZero();
        Path backup = files.resolve("backup.json");
        CliRun exported = cli("export", "--output", backup.toString());
        assertThat(exported.out().strip()).isEqualTo(backup + ": 79 papers as json");
        assertThat(exported.err()).isEmpty();
        assertThat(cli("export").err()).isEmpty();
    }

    private CliRun cli(String... args) {
        return CliRun.of(data, args);
    }
}
