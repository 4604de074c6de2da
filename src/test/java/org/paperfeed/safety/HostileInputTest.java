package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.InvalidQueryException;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.cli.CliRun;
import org.paperfeed.ingest.fetch.DigestFetcher;
import org.paperfeed.ingest.fetch.FetchOutcome;
import org.paperfeed.ingest.fetch.FetchRequest;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.ingest.fetch.HttpClientFactory;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;

/**
 * Hostile and broken input, end to end: through the command line and {@link AppServices} each ends in one clear line
 * (or stays inert text) within a bounded time, and the library is as it was: same papers, same marks, no digest kept.
 * The parser-level checks of the same inputs are in {@code ingest.BrokenInputTest}.
 */
class HostileInputTest {

    private static final Duration FAST_ENOUGH = Duration.ofSeconds(5);

    @TempDir
    Path work;

    private DataFolder data;
    private Snapshot before;

    @BeforeEach
    void libraryWithMarks() throws Exception {
        Path inputs = work.resolve("inputs");
        Corpus.write(inputs);
        data = new DataFolder(work.resolve("data"));
        Corpus.importAndMark(inputs, data);
        before = snapshot();
    }

    static Stream<Arguments> brokenFiles() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<rss version=\"2.0\"><channel><item><title>&l9;</title></item></channel></rss>");
        byte[] random = new byte[64 * 1024];
        new Random(7).nextBytes(random);
        String title = "Title ".repeat(875_000);
        return Stream.of(
                Arguments.of("xxe.xml", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "
                        + "\"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><item><title>&xxe;</title>"
                        + "<description>x</description></item></channel></rss>"), "refuses to expand"),
                Arguments.of("laughs.xml", utf8(laughs.toString()), "refuses to expand"),
                Arguments.of("deep.json", utf8("[".repeat(100_000) + "]".repeat(100_000)), "nested deeper than"),
                Arguments.of("title.json", utf8("[{\"paper\": {\"id\": \"2403.01234\", \"title\": \"" + title
                        + "\", \"summary\": \"s\"}}]"), "longer than 1000000 characters"),
                Arguments.of("random.bin", random, "binary"),
                Arguments.of("empty.txt", new byte[0], "empty"),
                Arguments.of("blank.txt", utf8("\n   \n\t\r\n\n"), "only blank lines"),
                Arguments.of("truncated.json", utf8("[{\"paper\": {\"id\": \"2403.01234\", \"title\": \"Half"),
                        "ends too early"),
                Arguments.of("types.json", utf8("[{\"paper\": {\"title\": {\"a\": 1}, \"authors\": 7, "
                        + "\"summary\": [1]}}, {\"title\": [\"x\"], \"summary\": null}]"), "none of the 2 entries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenOrHostileFileIsRefusedInOneLineAndTheLibraryIsUnchanged(String name, byte[] content, String reason)
            throws Exception {
        Path file = work.resolve(name);
        Files.write(file, content);
        long start = System.nanoTime();

        CliRun result = cli("import", file.toString());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST_ENOUGH);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("paperfeed: " + file + ": ").contains(reason).doesNotContain("root:", "\tat ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aSmallGzipBodyThatInflatesToOneGigabyteIsCutOffAndNothingIsImported() throws Exception {
        byte[] bomb = gzipOfZeros(1024);
        assertThat(bomb.length).as("compressed size").isLessThan(2 * 1024 * 1024);
        assertThat(inflatedSize(gzipOfZeros(32))).as("the same construction, checked where it is cheap")
                .isEqualTo(32L << 20);
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().setHeader("Content-Encoding", "gzip")
                    .setHeader("Content-Type", "application/json").body(new Buffer().write(bomb)).build());
            DigestFetcher fetcher = new DigestFetcher(HttpClientFactory.create(
                    FetchSettings.defaults(work.resolve("http-cache")).withHostSpacing(Map.of())));
            long start = System.nanoTime();

            FetchOutcome outcome = fetcher.fetch(new FetchRequest(server.url("/api/daily_papers").toString(), false));
            try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
                if (outcome instanceof FetchOutcome.Fetched fetched) {
                    app.imports().importBytes(fetched.body(), fetched.finalUrl(), "hf", fetched.contentType());
                }
            }

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST_ENOUGH);
            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).contains("larger than 20 MB"));
            assertThat(server.getRequestCount()).as("a refused body is not retried").isEqualTo(1);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void jsonWithWrongTypesBecomesPlainTextWhereTheMeaningIsClear() throws Exception {
        Path file = work.resolve("coerced.json");
        Files.writeString(file, "[{\"paper\": {\"id\": \"2403.05555\", \"title\": 42, \"authors\": \"Ada Lovelace\", "
                + "\"summary\": null, \"upvotes\": \"many\"}}]");

        CliRun result = cli("import", file.toString());

        assertThat(result.status()).isZero();
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            LibraryPaper coerced = app.search().require("2403.05555");
            assertThat(coerced.paper().title()).isEqualTo("42");
            assertThat(coerced.paper().authors()).containsExactly("Ada Lovelace");
            assertThat(coerced.paper().abstractText()).isEmpty();
            assertThat(coerced.paper().upvotes()).isNull();
        }
        Snapshot after = snapshot();
        assertThat(after.papers()).hasSize(before.papers().size() + 1).containsAllEntriesOf(before.papers());
    }

    @Test
    void aHundredKilobyteQueryIsRefusedQuicklyWithAClearMessage() throws Exception {
        String query = "attention ".repeat(10_240);
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            long start = System.nanoTime();
            InvalidQueryException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                    () -> app.search().search(query, PaperFilter.NONE, SortOrder.RELEVANCE, 20));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
            assertThat(refused.getMessage()).isEqualTo("invalid query: query too long: 102400 characters, at most 2000");
        }
        CliRun result = cli("search", query);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("paperfeed: invalid query: query too long: 102400 characters, at most "
                + "2000");
    }

    @Test
    void htmlAndScriptInTitlesAndAbstractsStayText() throws Exception {
        String title = "<script>alert('t')</script> Attention <b>is</b> all & you [need](javascript:alert(1))";
        String summary = "<img src=x onerror=alert(1)> An abstract with <a href=\\\"javascript:alert(2)\\\">a link</a> "
                + "and enough words to count as an abstract for the parser.";
        Path file = work.resolve("html.json");
        Files.writeString(file, "[{\"paper\": {\"id\": \"2403.09999\", \"title\": \"" + title.replace("'", "'")
                + "\", \"summary\": \"" + summary + "\", \"authors\": [{\"name\": \"<i>Eve</i>\"}]}}]");
        assertThat(cli("import", file.toString()).status()).isZero();

        String json = cli("show", "--json", "2403.09999").out();
        assertThat(json).contains("<script>alert('t')</script> Attention <b>is</b> all");
        String shown = cli("show", "2403.09999").out();
        assertThat(shown).contains("<script>alert('t')</script>");
        assertThat(cli("search", "--json", "attention").out()).contains("<script>alert('t')</script>");

        String markdown = cli("export", "--format", "markdown").out();
        assertThat(markdown.replaceAll("\\]\\(<https://[^>]+>\\)", "")).as("no unescaped tag or link but ours")
                .doesNotContainPattern("(?<!\\\\)<").doesNotContainPattern("(?<!\\\\)\\]\\(");
        assertThat(markdown).contains("\\<script\\>alert('t')\\</script\\>", "\\[need\\](javascript:alert(1))",
                "\\<img src=x onerror=alert(1)\\>");
        String bibtex = cli("export", "--format", "bibtex").out();
        // LaTeX does not read HTML, so tags are inert there; its own specials are escaped.
        assertThat(bibtex).contains("title = {{<script>alert('t')</script> Attention <b>is</b> all \\& you");
        long open = bibtex.chars().filter(c -> c == '{').count() - bibtex.split("\\\\\\{", -1).length + 1;
        long close = bibtex.chars().filter(c -> c == '}').count() - bibtex.split("\\\\}", -1).length + 1;
        assertThat(open).as("unescaped braces balance").isEqualTo(close);
    }

    @Test
    void javascriptAndFileLinksInAFeedAreNeverLinks() throws Exception {
        Path rss = work.resolve("links.rss");
        Files.writeString(rss, "<rss version=\"2.0\"><channel><title>t</title>"
                + item("Safe paper on transport", "https://example.org/paper/1")
                + item("Script paper on transport", "javascript:alert(document.cookie)")
                + item("File paper on transport", "file:///etc/passwd")
                + item("Shouting paper on transport", "hTtPs://example.org/paper/2")
                + "</channel></rss>");
        assertThat(cli("import", rss.toString()).status()).isZero();

        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            for (LibraryPaper paper : app.search().list(PaperFilter.NONE, 100)) {
                assertThat(paper.paper().links()).as(paper.paper().title()).allMatch(l -> l.isSafeToOpen());
            }
            StringWriter markdown = new StringWriter();
            app.exports().export(ExportFormat.MARKDOWN, PaperFilter.NONE, markdown);
            assertThat(markdown.toString()).contains("](<https://example.org/paper/1>)")
                    .as("a web link, its scheme written as every other").contains("](<https://example.org/paper/2>)")
                    .doesNotContain("javascript:", "file:");
        }
    }

    private static String item(String title, String link) {
        return "<item><title>" + title + "</title><link>" + link + "</link><description>An abstract long enough "
                + "to be an abstract about optimal transport and durable journals.</description></item>";
    }

    /** Everything that must not change: each paper with its marks, and the kept digests. */
    private record Snapshot(Map<String, PaperState> papers, List<String> digests) {
    }

    private Snapshot snapshot() throws Exception {
        Map<String, PaperState> papers = new TreeMap<>();
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            for (LibraryPaper paper : app.search().list(PaperFilter.NONE, 10_000)) {
                papers.put(paper.id().value(), paper.state());
            }
            assertThat(app.search().size()).isEqualTo(papers.size());
        }
        try (Stream<Path> kept = Files.list(data.digests())) {
            return new Snapshot(papers, kept.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * A gzip body of {@code megabytes} MB of zeros, built in milliseconds rather than by compressing a gigabyte: after a
     * sync flush, deflating another megabyte of zeros gives the same bytes every time, so that block is repeated.
     */
    static byte[] gzipOfZeros(int megabytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flushed(deflater, zeros);
        byte[] steady = flushed(deflater, zeros);
        assertThat(flushed(deflater, zeros)).as("deflate reached a steady state").isEqualTo(steady);
        deflater.finish();
        byte[] last = new byte[64];
        int lastLength = deflater.deflate(last);
        deflater.end();
        CRC32 crc = new CRC32();
        for (int i = 0; i < megabytes; i++) {
            crc.update(zeros);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        out.write(first);
        for (int i = 1; i < megabytes; i++) {
            out.write(steady);
        }
        out.write(last, 0, lastLength);
        ByteBuffer trailer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        trailer.putInt((int) crc.getValue()).putInt((int) ((long) megabytes << 20));
        out.write(trailer.array());
        return out.toByteArray();
    }

    private static long inflatedSize(byte[] gzip) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip), 1 << 16)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
            }
        }
        return total;
    }

    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CliRun cli(String... args) {
        return CliRun.of(data.path(), args);
    }
}
