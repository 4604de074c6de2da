package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input that is not a digest, or is a hostile one, ends in a {@link DigestParseException} whose message starts with
 * the origin and says what is wrong; never a partial list, a hang, a read of a local file, or a StackOverflowError.
 */
class BrokenInputTest {

    private static final String ORIGIN = "download.bin";
    private static final ParseContext CONTEXT = new ParseContext(ORIGIN, "test", LocalDate.of(2024, 3, 15));
    private static final Duration FAST_ENOUGH = Duration.ofSeconds(5);
    private final DigestReader reader = DigestReader.standard();

    @Test
    void anArxivApiErrorIsAnErrorNotAPaper() {
        String error = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <link href=\"http://arxiv.org/api/query?id_list%3D1234.1234v\" rel=\"self\"/>\n"
                + "  <entry>\n"
                + "    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234v</id>\n"
                + "    <title>Error</title>\n"
                + "    <summary>incorrect id format for 1234.1234v</summary>\n"
                + "    <author><name>arXiv api core</name></author>\n"
                + "  </entry>\n</feed>\n";

        assertFails(() -> read(error), "the arXiv API reported an error: incorrect id format for 1234.1234v");
    }

    @Test
    void truncatedJsonSaysWhereItEnds() {
        assertFails(() -> read("[{\"paper\": {\"id\": \"2403.01234\",\n \"title\": \"Half a"),
                "JSON ends too early", "line 2");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertFails(() -> read("[\n {\"paper\": {\"id\": 1}},\n {\"paper\" {}}]"), "malformed JSON at line 3, column");
    }

    @Test
    void truncatedXmlIsMalformed() {
        assertFails(() -> read("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Cut"),
                "malformed XML at line 1");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><item><title>&xxe;</title><description>x</description></item>"
                + "</channel></rss>";

        assertFails(() -> read(xxe), "refuses to expand");
        assertThatThrownBy(() -> read(xxe)).message().doesNotContain("root:");
    }

    @Test
    @Timeout(5)
    void billionLaughsNeverExpands() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title></entry></feed>");

        assertFails(() -> read(bomb.toString()), "refuses to expand");
    }

    @Test
    void anUndeclaredEntityWithoutDoctypeIsMalformedNotExpanded() {
        assertFails(() -> read("<rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>"),
                "malformed XML", "xxe");
    }

    @Test
    @Timeout(5)
    void deeplyNestedJsonIsRefusedWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertFails(() -> read(deep), "not a paper digest: JSON nested deeper than 200 levels");
    }

    @Test
    @Timeout(5)
    void deeplyNestedXmlIsRefused() {
        String deep = "<rss>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</rss>";

        assertFails(() -> read(deep), "nested deeper than 100 levels");
    }

    @Test
    void randomBytesAreBinary() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);

        assertFails(() -> reader.read(random, (String) null, CONTEXT), "looks like binary data");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertFails(() -> reader.read(new byte[0], (String) null, CONTEXT), "the file is empty");
    }

    @Test
    void onlyBlankLinesAreRefused() {
        assertFails(() -> read("\r\n   \n\t\n\n"), "only blank lines");
    }

    @Test
    void anHtmlPageIsNotADigest() {
        assertFails(() -> read("<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head><body></body></html>"),
                "HTML web page");
        assertFails(() -> read("<html lang=\"en\"><body><p>hi</p></body></html>"), "HTML web page");
    }

    @Test
    void anXmlThatIsNeitherRssNorAtomSaysWhatItIs() {
        assertFails(() -> read("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                "not a paper digest: XML root <svg> is neither RSS nor Atom");
    }

    @Test
    void textWithoutAnyAbstractHasNoPapers() {
        assertFails(() -> read("Just a shopping list\nmilk\neggs\n"), "no papers found");
    }

    @Test
    void jsonWhereNoEntryIsUsableIsAnError() {
        assertFails(() -> read("[{\"paper\": {\"title\": [1, 2]}}, {\"title\": {\"a\": 1}}, {\"summary\": 7}]"),
                "none of the 3 entries is a paper with a title");
    }

    @Test
    void jsonThatIsNotAListOfPapers() {
        assertFails(() -> read("{\"error\": \"Invalid date\"}"),
                "Hugging Face answered with an error: Invalid date");
        assertFails(() -> read("{\"hello\": \"world\"}"), "JSON is not a list of papers");
        assertFails(() -> read("[1, 2, 3]"), "none of the 3 entries"); // scalars are no entries at all
    }

    @Test
    void forcingTheWrongFormatStillNamesTheProblem() {
        byte[] rss = "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);

        assertFails(() -> reader.read(rss, DigestFormat.ARXIV_ATOM, CONTEXT),
                "not an arXiv API response: XML root <rss> is not an Atom <feed>");
        assertFails(() -> reader.read(rss, DigestFormat.HF_DAILY_JSON, CONTEXT), "malformed JSON at line 1, column");
    }

    @Test
    void aFiveMegabyteTitleIsBoundedInEveryFormat() {
        String huge = "Title ".repeat(875_000);
        String json = "[{\"paper\": {\"id\": \"2403.01234\", \"title\": \"" + huge + "\", \"summary\": \"s\"}}]";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>" + huge + "</title></entry></feed>";
        String text = huge + "\n\n" + "This is an abstract sentence with enough words to count. ".repeat(5) + "\n";

        assertThat(timed(() -> assertFails(() -> read(json), "longer than 1000000 characters")))
                .isLessThan(FAST_ENOUGH);
        assertThat(timed(() -> assertFails(() -> read(atom), "longer than 1000000 characters")))
                .isLessThan(FAST_ENOUGH);
        assertThat(timed(() -> assertFails(() -> read(text), "no papers found"))).isLessThan(FAST_ENOUGH);
    }

    private static Duration timed(Runnable check) {
        long start = System.nanoTime();
        check.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Digest read(String content) throws DigestParseException {
        return reader.read(content.getBytes(StandardCharsets.UTF_8), (String) null, CONTEXT);
    }

    private static void assertFails(ThrowingCallable reading, String... reasonParts) {
        assertThatThrownBy(reading)
                .isInstanceOf(DigestParseException.class)
                .hasMessageStartingWith(ORIGIN + ": ")
                .satisfies(e -> assertThat(((DigestParseException) e).reason()).contains(reasonParts));
    }
}
