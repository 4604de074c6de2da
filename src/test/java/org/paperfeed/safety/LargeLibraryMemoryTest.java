package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.Launcher;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.cli.CliRun;

/**
 * {@code list} and {@code export} stream a page of papers at a time: a 30,000-paper library lists and exports in a
 * JVM with a 96 MB heap (each paper loaded at once needs about three times that), and a limit beyond the library is
 * the library, never a collector sized for a hundred million hits.
 */
class LargeLibraryMemoryTest {

    private static final int PAPERS = 30_000;

    @TempDir
    Path work;

    @Test
    void aThirtyThousandPaperLibraryListsAndExportsInANinetySixMegabyteHeap() throws Exception {
        DataFolder data = new DataFolder(work.resolve("data"));
        Path snapshot = work.resolve("arxiv-metadata-oai-snapshot.json");
        try (BufferedWriter out = Files.newBufferedWriter(snapshot)) {
            for (int i = 0; i < PAPERS; i++) {
                out.write(line(i));
            }
        }
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.imports().importFile(snapshot).added()).isEqualTo(PAPERS);
        }
        Files.delete(snapshot);

        Path listed = work.resolve("list.txt");
        assertThat(smallHeap(data, listed, "list")).isZero();
        try (Stream<String> lines = Files.lines(listed)) {
            assertThat(lines.count()).isEqualTo(PAPERS);
        }
        Path exported = work.resolve("papers.json");
        Path log = work.resolve("export.txt");
        assertThat(smallHeap(data, log, "export", "--output", exported.toString())).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log).strip()).isEqualTo(exported + ": " + PAPERS + " papers as json");
        try (Stream<String> lines = Files.lines(exported)) {
            assertThat(lines.filter(l -> l.startsWith("  \"id\" : ")).count()).isEqualTo(PAPERS);
        }
    }

    @Test
    void aLimitFarBeyondTheLibraryListsTheLibrary() throws Exception {
        Path inputs = work.resolve("inputs");
        Corpus.write(inputs);
        DataFolder data = new DataFolder(work.resolve("data"));
        Corpus.importAndMark(inputs, data);

        for (String limit : List.of("100000000", "2147483647")) {
            CliRun list = CliRun.of(data.path(), "list", "--limit", limit);
            assertThat(list.status()).as(list.err()).isZero();
            assertThat(list.lines()).hasSize(Corpus.PER_FILE);
            CliRun search = CliRun.of(data.path(), "search", "--limit", limit, "--json", "durable");
            assertThat(search.status()).as(search.err()).isZero();
            assertThat(search.json()).hasSize(Corpus.PER_FILE);
        }
        assertThat(CliRun.of(data.path(), "list", "--limit", "3").lines()).hasSize(3);
    }

    /** Runs the command in a JVM with a 96 MB heap, its stdout and stderr to {@code output}; returns its status. */
    private static int smallHeap(DataFolder data, Path output, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--data-dir", data.path().toString()));
        args.addAll(List.of(command));
        Process child = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the command did not finish: " + String.join(" ", command));
        }
        return child.exitValue();
    }

    /** A snapshot line with an abstract of about 3,000 characters, as long as a long real one. */
    private static String line(int n) {
        String words = ("Paper " + n + " studies optimal transport, durable journals and streaming exports under "
                + "a small heap; ").repeat(30);
        return "{\"id\":\"2401." + String.format("%05d", n) + "\",\"title\":\"Streaming paper number " + n
                + " on bounded memory\",\"abstract\":\"" + words + "\",\"versions\":[{\"version\":\"v1\","
                + "\"created\":\"Mon, 1 Jan 2024 00:00:00 GMT\"}],\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"],"
                + "[\"Roe\",\"Richard\",\"\"]],\"categories\":\"cs.LG stat.ML\"}\n";
    }
}
