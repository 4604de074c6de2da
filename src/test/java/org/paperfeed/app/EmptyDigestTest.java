package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.cli.PaperFeedCli;

/**
 * A library whose only kept digest holds no paper (a feed whose every item lacks a title) has an empty index by
 * right: it was taken for a missing one and rebuilt, with warnings and a "rebuilt 0 papers" line, at every open.
 */
class EmptyDigestTest {

    @TempDir
    Path data;

    @Test
    void anEmptyIndexWithADigestOfNoPapersIsNotTakenForAMissingOne() throws Exception {
        byte[] untitled = ("<rss version=\"2.0\"><channel><title>Media</title>"
                + "<item><description>an item with no title</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        try (AppServices app = AppServices.open(new DataFolder(data), Clock.systemDefaultZone())) {
            ImportReport report = app.imports().importBytes(untitled, "untitled.xml", "untitled",
                    "application/rss+xml");
            assertThat(report.added()).isZero();
        }
        for (int open = 0; open < 2; open++) {
            try (AppServices again = AppServices.open(new DataFolder(data), Clock.systemDefaultZone())) {
                assertThat(again.recovered()).as("open " + (open + 1)).isEmpty();
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperFeedCli.run(new String[] {"--data-dir", data.toString(), "list"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
