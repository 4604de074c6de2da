package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.app.ExportTarget;
import org.paperfeed.cli.CliRun;

/**
 * {@code export --output}: every format to a file holds exactly what it prints on stdout, also in a folder that does
 * not exist yet; a FIFO or a character device is written through and stays what it was; a folder or a block device
 * is refused in one line and nothing is left behind. Special files are made in a temporary folder, never the real
 * ones.
 */
class ExportOutputTest {

    @TempDir
    Path work;

    private DataFolder data;

    @BeforeEach
    void libraryWithMarks() throws Exception {
        data = Corpus.markedLibrary(work);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatWritesToAFileWhatItPrintsOnStdout(ExportFormat format) throws Exception {
        CliRun printed = cli("export", "--format", format.lowerCase());
        assertThat(printed.status()).isZero();
        assertThat(printed.err()).isEmpty();
        assertThat(printed.out()).contains(Corpus.id(0), Corpus.id(Corpus.PER_FILE - 1));

        Path file = work.resolve("papers." + format.extension());
        CliRun written = cli("export", "--format", format.lowerCase(), "--output", file.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out().strip()).isEqualTo(file + ": " + Corpus.PER_FILE + " papers as " + format.lowerCase());
        assertThat(Files.readString(file)).isEqualTo(printed.out());
        if (format == ExportFormat.JSON) {
            assertThat(new CliRun(0, Files.readString(file), "").json()).hasSize(Corpus.PER_FILE);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFileInAFolderThatDoesNotExistYetIsWrittenWithItsFolder(ExportFormat format) throws Exception {
        Path file = work.resolve("missing").resolve("deeper").resolve("papers." + format.extension());

        CliRun written = cli("export", "--format", format.lowerCase(), "--output", file.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(cli("export", "--format", format.lowerCase()).out());
        assertThat(leftovers(file.getParent())).isEmpty();
    }

    @Test
    void aRegularFileIsReplacedWhole() throws Exception {
        Path file = work.resolve("papers.json");
        Files.writeString(file, "an older export, much longer than the new one will be ".repeat(10_000));

        assertThat(cli("export", "--starred", "--output", file.toString()).status()).isZero();

        assertThat(new CliRun(0, Files.readString(file), "").json()).hasSize(1);
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void aFifoIsWrittenThroughToItsReaderAndStaysAFifo() throws Exception {
        Path fifo = work.resolve("export.fifo");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available here");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            CliRun written = cli("export", "--format", "bibtex", "--output", fifo.toString());

            assertThat(written.status()).as(written.err()).isZero();
            assertThat(new String(reader.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8))
                    .isEqualTo(cli("export", "--format", "bibtex").out());
            assertThat(ExportTarget.of(fifo)).isEqualTo(ExportTarget.STREAM);
            assertThat(Files.isRegularFile(fifo)).isFalse();
            assertThat(leftovers(work)).isEmpty();
        } finally {
            if (!reader.isDone()) { // the export went elsewhere: let the reader go
                try (OutputStream unblock = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                    unblock.flush();
                }
            }
        }
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndStaysADevice() throws Exception {
        Path devNull = work.resolve("null");
        assumeDeviceNode(devNull, "c", "1", "3");

        CliRun written = cli("export", "--format", "markdown", "--output", devNull.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(ExportTarget.of(devNull)).isEqualTo(ExportTarget.STREAM);
        assertThat(Files.size(devNull)).isZero();
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void aFullDeviceRefusesTheExportInOneLineAndStaysADevice() throws Exception {
        Path devFull = work.resolve("full");
        assumeDeviceNode(devFull, "c", "1", "7");

        CliRun written = cli("export", "--output", devFull.toString());

        assertThat(written.status()).isEqualTo(1);
        assertThat(written.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("paperfeed: ").containsIgnoringCase("no space left");
        assertThat(ExportTarget.of(devFull)).isEqualTo(ExportTarget.STREAM);
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void aBlockDeviceIsRefusedAndNeverOpened() throws Exception {
        Path disk = work.resolve("disk");
        // loop device 7,0: refused before it is opened, so the node need not work, only exist
        assumeTrue(run("mknod", disk.toString(), "b", "7", "0"), "cannot make a device node here (needs root)");

        CliRun written = cli("export", "--output", disk.toString());

        assertThat(written.status()).isEqualTo(1);
        assertThat(written.err().strip()).isEqualTo("paperfeed: " + disk + ": is a device, not a file; nothing was "
                + "written to it");
        assertThat(ExportTarget.of(disk)).isEqualTo(ExportTarget.BLOCK_DEVICE);
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void aFolderIsRefusedInOneLineAndNothingIsLeftBehind() throws Exception {
        Path folder = Files.createDirectories(work.resolve("exports"));

        CliRun written = cli("export", "--format", "bibtex", "--output", folder.toString());

        assertThat(written.status()).isEqualTo(1);
        assertThat(written.err().strip()).isEqualTo("paperfeed: " + folder + ": is a folder; name a file to export to");
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(leftovers(work)).isEmpty();
        try (Stream<Path> inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
    }

    /** Skips the test unless a device node can be made here and written (root, and a folder not mounted nodev). */
    private static void assumeDeviceNode(Path node, String type, String major, String minor) {
        assumeTrue(run("mknod", node.toString(), type, major, minor),
                "cannot make a device node here (needs root and CAP_MKNOD)");
        boolean usable;
        try (OutputStream out = Files.newOutputStream(node, StandardOpenOption.WRITE)) {
            usable = true;
        } catch (IOException e) {
            usable = false;
        }
        assumeTrue(usable, "device nodes cannot be opened in the temporary folder (mounted nodev)");
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private CliRun cli(String... args) {
        return CliRun.of(data.path(), args);
    }
}
