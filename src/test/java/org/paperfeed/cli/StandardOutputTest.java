package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.Launcher;

/**
 * A write to standard output that fails is not ignored: on a full disk the command fails in one line (it exited 0,
 * the export cut short, as filed), and when the reader goes away ({@code | head -1}) the command stops at once, quietly,
 * with status 141 (it walked the whole library first: half a minute on 144,468 papers, as filed).
 */
class StandardOutputTest {

    @TempDir
    Path data;

    @BeforeEach
    void sampleLibrary() throws Exception {
        Path page = data.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        assertThat(CliRun.of(data, "import", page.toString()).status()).isZero();
    }

    /** Takes {@code room} bytes, then fails every write with {@code message}, counting the writes tried after. */
    private static final class FailingStream extends OutputStream {
        private final String message;
        private final ByteArrayOutputStream taken = new ByteArrayOutputStream();
        private int room;
        int triedAfterFailing;

        FailingStream(int room, String message) {
            this.room = room;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > room) {
                if (room < 0) {
                    triedAfterFailing++;
                }
                room = -1;
                throw new IOException(message);
            }
            taken.write(bytes, offset, length);
            room -= length;
        }
    }

    private record Run(int status, String err) {
    }

    private Run run(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = PaperFeedCli.run(all, stdout, new PrintWriter(err, true));
        return new Run(status, err.toString());
    }

    @Test
    void aFullDiskFailsTheCommandInOneLineForEveryListingAndExport() {
        String id = (String) CliRun.of(data, "list", "--json", "--limit", "1").json().get(0).get("id");
        for (List<String> command : List.of(List.of("export"), List.of("export", "--format", "bibtex"),
                List.of("list"), List.of("list", "--json"), List.of("search", "model", "--json"),
                List.of("show", id), List.of("days"), List.of("tags", "--json"))) {
            Run run = run(new FailingStream(0, "No space left on device"), command.toArray(String[]::new));

            assertThat(run.status()).as("%s", command).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines().toList()).as("%s", command)
                    .containsExactly("paperfeed: could not write the output: No space left on device");
        }
    }

    @Test
    void aReaderThatGoesAwayStopsTheCommandAtOnceQuietly() {
        for (List<String> command : List.of(List.of("list"), List.of("list", "--json"), List.of("export"),
                List.of("search", "model", "--limit", "74"), List.of("list", "--day", "latest"))) {
            FailingStream head = new FailingStream(200, "Broken pipe");

            Run run = run(head, command.toArray(String[]::new));

            assertThat(run.status()).as("%s", command).isEqualTo(StandardOutput.CLOSED_PIPE);
            assertThat(run.err()).as("%s", command).doesNotContain("paperfeed: ").doesNotContain("Exception");
            // The writes stop with the first that fails: before, every remaining paper was still written.
            assertThat(head.triedAfterFailing).as("%s", command).isZero();
        }
    }

    @Test
    void everythingWrittenIsStatusZeroAsBefore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Run run = run(out, "list", "--json");

        assertThat(run.status()).isZero();
        assertThat(out.toString()).startsWith("[").contains("\"id\"").endsWith("]\n");
    }

    @Test
    void theJarOnAFullDiskExitsOneWithOneLine() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this system");
        Path err = Files.createTempFile(data, "err", ".txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback.xml", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", data.toString(),
                "export").redirectOutput(full).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(ExitCodes.FAILED);
        assertThat(Files.readAllLines(err))
                .containsExactly("paperfeed: could not write the output: No space left on device");
    }
}
