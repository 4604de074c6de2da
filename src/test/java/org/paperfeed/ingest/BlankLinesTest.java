package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
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

/**
 * A gzip of blank lines (a megabyte that inflates to a gigabyte of them) took minutes to import, because every blank
 * line went to a JSON parser of its own. Blank lines are now skipped by the line scan: the work is linear in the text,
 * and only lines with something on them are parsed, which is what this counts (no timing in a unit test).
 */
class BlankLinesTest {

    @TempDir
    Path folder;

    @Test
    void blankLinesBetweenPapersAreScannedNeverParsed() throws Exception {
        Path file = folder.resolve("arxiv-metadata-oai-snapshot.json.gz");
        byte[] blanks = "\n".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(ArxivSnapshotReaderTest.line(1).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 64; i++) { // 64 MB of blank lines, some of them with spaces and CRs
                out.write(blanks);
                out.write("   \r\n\t\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write(ArxivSnapshotReaderTest.line(2).getBytes(StandardCharsets.UTF_8));
        }

        List<Paper> papers = new ArrayList<>();
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.open(file, 0,
                new ParseContext(file.toString(), "arxiv", LocalDate.of(2025, 1, 1)))) {
            for (Optional<Paper> paper = reader.next(); paper.isPresent(); paper = reader.next()) {
                papers.add(paper.get());
            }
            assertThat(reader.linesParsed()).isEqualTo(2);
            assertThat(reader.unusableLines()).isZero();
        }
        assertThat(papers).hasSize(2);
    }
}
