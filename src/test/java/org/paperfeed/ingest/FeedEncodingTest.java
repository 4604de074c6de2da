package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.Paper;

/**
 * A feed in Latin-1 that says (or, saying nothing, is taken to be) UTF-8 is read with its odd bytes as U+FFFD, as text
 * and JSON are, instead of being refused whole (the JDK's parser also printed a "[Fatal Error]" line of its own on the
 * terminal, beside PaperFeed's one line); a feed that names its encoding is read in it.
 */
class FeedEncodingTest {

    private static final ParseContext CONTEXT = new ParseContext("feed.xml", "test", LocalDate.of(2024, 3, 15));

    @Test
    void aLatin1FeedThatSaysItIsUtf8IsReadWithItsOddBytesReplaced() throws Exception {
        for (String declaration : List.of("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "")) {
            List<Paper> papers = read(latin1Feed(declaration));
            assertThat(papers).as(declaration).singleElement().satisfies(paper -> {
                assertThat(paper.title()).isEqualTo("Caf\uFFFD society");
                assertThat(paper.abstractText()).isEqualTo("Probl\uFFFDme ouvert");
            });
        }
    }

    @Test
    void aFeedThatNamesItsEncodingIsReadInIt() throws Exception {
        List<Paper> papers = read(latin1Feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"));
        assertThat(papers).singleElement().satisfies(paper -> {
            assertThat(paper.title()).isEqualTo("Café society");
            assertThat(paper.abstractText()).isEqualTo("Problème ouvert");
        });
    }

    private static List<Paper> read(byte[] feed) throws DigestParseException {
        return DigestReader.standard().read(feed, (String) null, CONTEXT).papers();
    }

    private static byte[] latin1Feed(String declaration) {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes((declaration + "<rss version=\"2.0\"><channel><title>Latin</title><item><title>")
                .getBytes(StandardCharsets.US_ASCII));
        feed.writeBytes("Café society</title><link>https://example.org/1</link><description>Problème ouvert"
                .getBytes(StandardCharsets.ISO_8859_1));
        feed.writeBytes("</description></item></channel></rss>".getBytes(StandardCharsets.US_ASCII));
        return feed.toByteArray();
    }
}
