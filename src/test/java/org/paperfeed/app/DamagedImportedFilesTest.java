package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.cli.PaperFeedCli;
import org.paperfeed.ingest.DigestFormat;

/**
 * A damaged {@code imports/imported-files.json} is set aside as a {@code .damaged-*} copy, and the user told in one
 * line, before anything is saved over it: the names of imported files it held can then be copied back by hand.
 */
class DamagedImportedFilesTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private static final byte[] GARBAGE = garbage();

    private static byte[] garbage() {
        byte[] bytes = new byte[300];
        new Random(300).nextBytes(bytes);
        return bytes;
    }

    @Test
    void anImportIntoALibraryWhoseRecordOfImportedFilesIsDamagedKeepsTheDamagedCopyAndSaysSo() throws Exception {
        Path page = SampleLibrary.copy(SampleLibrary.SAMPLE, files, "hf-papers-page.txt");
        Path atom = SampleLibrary.copy("/org/paperfeed/ingest/golden/generic.atom", files, "some.atom");
        assertThat(cli("import", page.toString()).status).isZero();
        Path record = new DataFolder(data).imports().resolve("imported-files.json");
        Files.write(record, GARBAGE);

        Run run = cli("import", atom.toString());

        assertThat(run.status).as("the import itself succeeds").isZero();
        assertThat(run.err.lines().toList()).as(run.err).hasSize(1).first().asString()
                .startsWith("paperfeed: imported-files.json could not be read (not UTF-8 text); the papers of files "
                        + "imported so far show their bare source names, and the unreadable file was kept in ")
                .contains("imported-files.json.damaged-");
        assertThat(damagedCopies()).singleElement().satisfies(
                copy -> assertThat(Files.readAllBytes(copy)).as("the damaged file, byte for byte").isEqualTo(GARBAGE));
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.imports().sourceName("some")).isEqualTo("Atom (imported some.atom)");
            assertThat(app.importedFilesProblem()).as("told once: the new record is sound").isEmpty();
        }
        assertThat(cli("list", "--limit", "1").err).isEmpty();
    }

    /** Any use of the record, not only the library's open, sets a damaged file aside before saving over it. */
    @Test
    void recordingAnImportSetsADamagedRecordAsideBeforeSavingANewOne() throws Exception {
        Path folder = new DataFolder(data).imports();
        Files.createDirectories(folder);
        Files.write(folder.resolve("imported-files.json"), GARBAGE);

        ImportedFiles imported = new ImportedFiles(folder);
        imported.record("feed", DigestFormat.RSS, files.resolve("feed.xml"));

        assertThat(damagedCopies()).singleElement().satisfies(
                copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(GARBAGE));
        assertThat(imported.problem()).hasValueSatisfying(problem -> assertThat(problem).contains(".damaged-"));
        assertThat(new ImportedFiles(folder).nameOf("feed")).isEqualTo("RSS (imported feed.xml)");
    }

    private List<Path> damagedCopies() throws Exception {
        try (Stream<Path> all = Files.list(new DataFolder(data).imports())) {
            return all.filter(p -> p.getFileName().toString().startsWith("imported-files.json.damaged-")).toList();
        }
    }

    private record Run(int status, String out, String err) {
    }

    private Run cli(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(command))
                .toArray(String[]::new);
        int status = PaperFeedCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }
}
