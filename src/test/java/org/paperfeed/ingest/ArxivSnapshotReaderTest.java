package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;

class ArxivSnapshotReaderTest {

    private static final ParseContext CONTEXT = new ParseContext("snapshot.json", "arxiv", LocalDate.of(2025, 1, 1));

    @TempDir
    Path dir;

    static String line(int n) {
        return "{\"id\":\"2401." + String.format("%05d", n) + "\",\"title\":\"Paper " + n + "\",\"abstract\":\"About "
                + n + ".\",\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 1 Jan 2024 00:00:00 GMT\"}],"
                + "\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"]],\"categories\":\"cs.LG\"}";
    }

    static String snapshot(int papers) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= papers; i++) {
            text.append(line(i)).append('\n');
            if (i == 3) {
                text.append("{\"id\":\"2401.99999\",\"title\":\"cut off\n");
            }
        }
        return text.toString();
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void detectsTheSnapshotPlainAndCompressedAndLeavesHfJsonAlone() throws Exception {
        DigestFormatDetector detector = new DigestFormatDetector();
        assertThat(detector.detect(snapshot(2).getBytes(StandardCharsets.UTF_8), null, "x"))
                .isEqualTo(DigestFormat.ARXIV_SNAPSHOT);
        assertThat(detector.detect(gzip(snapshot(2)), null, "x")).isEqualTo(DigestFormat.ARXIV_SNAPSHOT);
        assertThat(detector.detect("{\"paper\":{\"id\":\"2401.00001\",\"title\":\"t\",\"summary\":\"s\"}}"
                .getBytes(StandardCharsets.UTF_8), null, "x")).isEqualTo(DigestFormat.HF_DAILY_JSON);
    }

    @Test
    void aCompressedFileOfAnotherFormatIsRefusedWithAReason() throws Exception {
        byte[] rss = gzip("<rss version=\"2.0\"><channel></channel></rss>");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new DigestFormatDetector().detect(rss, null, "feed.gz"))
                .isInstanceOf(DigestParseException.class).hasMessageContaining("gzip-compressed");
    }

    /**
     * A damaged snapshot's bad lines were each a WARN (the first ten), which reached the CLI's stderr on a successful
     * import; the summary counts them (SnapshotImport's report, Digest.skipped for a snapshot read as bytes), and the
     * log says it once.
     */
    @Test
    void aDamagedSnapshotIsCountedAndLoggedOnce() throws Exception {
        StringBuilder text = new StringBuilder(line(1)).append('\n');
        for (int i = 0; i < 25; i++) {
            text.append("{broken\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Digest[] digest = new Digest[1];
        List<String> logged = org.paperfeed.support.LoggedLines.of(ArxivSnapshotReader.class,
                () -> digest[0] = DigestReader.standard().read(bytes, DigestFormat.ARXIV_SNAPSHOT, CONTEXT));

        assertThat(digest[0].papers()).hasSize(1);
        assertThat(digest[0].skipped()).isEqualTo(25);
        assertThat(logged).singleElement().asString()
                .startsWith("snapshot.json: line 2 is not a paper (").endsWith("(counted, not logged)");
    }

    @Test
    void countsAndSkipsLinesThatAreNotPapers() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), snapshot(5));
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.open(file, 0, CONTEXT)) {
            assertThat(titles(reader, 100)).containsExactly("Paper 1", "Paper 2", "Paper 3", "Paper 4", "Paper 5");
            assertThat(reader.unusableLines()).isEqualTo(1);
            assertThat(reader.offset()).isEqualTo(Files.size(file));
            assertThat(reader.fileBytesRead()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void resumesAtAnOffsetInPlainAndCompressedFiles() throws Exception {
        Path plain = Files.writeString(dir.resolve("s.json"), snapshot(6));
        Path packed = Files.write(dir.resolve("s.json.gz"), gzip(snapshot(6)));
        for (Path file : List.of(plain, packed)) {
            long offset;
            try (ArxivSnapshotReader reader = ArxivSnapshotReader.open(file, 0, CONTEXT)) {
                assertThat(titles(reader, 2)).containsExactly("Paper 1", "Paper 2");
                offset = reader.offset();
            }
            try (ArxivSnapshotReader reader = ArxivSnapshotReader.open(file, offset, CONTEXT)) {
                assertThat(titles(reader, 100)).containsExactly("Paper 3", "Paper 4", "Paper 5", "Paper 6");
            }
        }
    }

    @Test
    void aLinePastTheLimitIsSkippedWithoutKeepingIt() throws Exception {
        Path file = dir.resolve("big.json");
        try (var out = Files.newBufferedWriter(file)) {
            out.write(line(1) + "\n");
            out.write("{\"id\":\"2401.00002\",\"title\":\"");
            char[] chunk = new char[1024 * 1024];
            java.util.Arrays.fill(chunk, 'a');
            for (int i = 0; i <= ArxivSnapshotLine.MAX_LINE_BYTES / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("\"}\n" + line(3) + "\n");
        }
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.open(file, 0, CONTEXT)) {
            assertThat(titles(reader, 100)).containsExactly("Paper 1", "Paper 3");
            assertThat(reader.unusableLines()).isEqualTo(1);
        }
    }

    private static List<String> titles(ArxivSnapshotReader reader, int max) throws IOException {
        List<String> titles = new ArrayList<>();
        Optional<Paper> paper;
        while (titles.size() < max && (paper = reader.next()).isPresent()) {
            titles.add(paper.get().title());
        }
        return titles;
    }
}
