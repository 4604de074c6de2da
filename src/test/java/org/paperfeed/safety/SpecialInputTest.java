package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.Launcher;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.cli.CliRun;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;

/**
 * Importing from a pipe, a FIFO or a device: {@code -} and {@code /dev/stdin} read standard input once, to its end,
 * with the format detected as for a file (a feed longer than the 64 KB head used to lose its head and come in as
 * junk); a device on standard input, a device named as a file and a FIFO no one writes to are refused in one line.
 * FIFOs and device nodes are made in a temporary folder; standard input is a child JVM's own.
 */
class SpecialInputTest {

    private static final int ITEMS = 200;

    @TempDir
    Path work;

    private DataFolder data;

    @BeforeEach
    void emptyLibrary() throws Exception {
        data = new DataFolder(work.resolve("data"));
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.search().size()).isZero();
        }
    }

    @Test
    void aFeedLongerThanTheHeadIsReadWholeFromAPipeAsDashOrDevStdin() throws Exception {
        byte[] feed = rss();
        assertThat(feed.length).as("longer than the 64 KB head").isGreaterThan(64 * 1024);

        for (String name : List.of("-", "/dev/stdin")) {
            Child child = child(feed, null, "import", name);
            assertThat(child.status()).as(child.output()).isZero();
            assertThat(child.output()).contains(name.equals("-") ? "standard input: " + ITEMS + " new"
                    : "standard input: 0 new");
        }
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            List<LibraryPaper> papers = app.search().list(PaperFilter.NONE, 1000);
            assertThat(papers).hasSize(ITEMS).allSatisfy(p -> assertThat(p.paper().title()).startsWith("Piped paper"));
        }
    }

    @Test
    void aDeviceOnStandardInputIsRefusedInOneLine() throws Exception {
        Path zero = work.resolve("zero");
        assumeTrue(run("mknod", zero.toString(), "c", "1", "5"), "cannot make a device node here (needs root)");
        assumeTrue(Files.isReadable(zero) && opens(zero), "device nodes cannot be opened here (mounted nodev)");

        Child child = child(null, zero, "import", "-");

        assertThat(child.status()).isEqualTo(1);
        assertThat(child.output().lines().filter(l -> l.startsWith("paperfeed:")).toList()).containsExactly(
                "paperfeed: standard input: is a terminal or a device, not a digest; pipe or redirect a file into it "
                        + "(paperfeed import - < digest.json)");
        assertThat(child.output()).doesNotContain("\tat ", "OutOfMemoryError");
    }

    @Test
    void aDeviceNamedAsAFileIsRefusedInOneLine() throws Exception {
        Path zero = work.resolve("zero");
        assumeTrue(run("mknod", zero.toString(), "c", "1", "5"), "cannot make a device node here (needs root)");

        CliRun result = CliRun.of(data.path(), "import", zero.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("paperfeed: " + zero + ": is a device, not a digest file");
    }

    @Test
    void aFifoIsReadFromItsWriterAndAFifoWithoutOneIsRefusedAfterTenSeconds() throws Exception {
        Path fifo = work.resolve("feed.fifo");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available here");
        byte[] feed = rss();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                out.write(feed);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        CliRun written = CliRun.of(data.path(), "import", fifo.toString());
        writer.get(30, TimeUnit.SECONDS);
        CliRun unwritten = CliRun.of(data.path(), "import", fifo.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out().strip()).isEqualTo(fifo + ": " + ITEMS + " new, 0 updated");
        assertThat(unwritten.status()).isEqualTo(1);
        assertThat(unwritten.err().strip()).isEqualTo("paperfeed: " + fifo + ": is a FIFO and nothing wrote to it "
                + "within 10 seconds");
    }

    /** An RSS feed of {@value #ITEMS} items, about 100 KB. */
    private static byte[] rss() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < ITEMS; i++) {
            rss.append("<item><title>Piped paper ").append(i).append(" on optimal transport</title><link>https://")
                    .append("example.org/paper/").append(i).append("</link><description>")
                    .append("An abstract long enough to be an abstract, about pipes and FIFOs and standard input. "
                            .repeat(5)).append("</description></item>\n");
        }
        return rss.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Child(int status, String output) {
    }

    /** The CLI in a JVM of its own, its standard input {@code stdin} bytes or the file {@code stdinFile}. */
    private Child child(byte[] stdin, Path stdinFile, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--data-dir", data.path().toString()));
        args.addAll(List.of(command));
        Path output = Files.createTempFile(work, "child", ".txt");
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(output.toFile());
        if (stdinFile != null) {
            builder.redirectInput(stdinFile.toFile());
        }
        Process process = builder.start();
        if (stdin != null) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the import did not finish: " + Files.readString(output));
        }
        return new Child(process.exitValue(), Files.readString(output));
    }

    private static boolean opens(Path node) {
        try (var in = Files.newInputStream(node)) {
            return in.read() >= 0;
        } catch (IOException e) {
            return false;
        }
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
}
