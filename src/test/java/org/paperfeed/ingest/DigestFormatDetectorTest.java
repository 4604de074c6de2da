package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format comes from the content; the Content-Type only explains text that is not what the server announced. */
class DigestFormatDetectorTest {

    private static final String ARXIV_API = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + "  <link href=\"http://arxiv.org/api/query?search_query%3Dall%3Aelectron\" rel=\"self\"/>\n"
            + "  <opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">0"
            + "</opensearch:totalResults>\n</feed>\n";
    private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Lab</title></feed>";
    private static final String RSS =
            "<?xml version=\"1.0\"?>\n<!-- generated -->\n<rss version=\"2.0\"><channel/></rss>";

    private final DigestFormatDetector detector = new DigestFormatDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"paper\": {}}]                                  | HF_DAILY_JSON",
        "[{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A\"}] | PAPERFEED_JSON",
        "[{\"abstract\": \"A\", \"added\": \"2024-03-01T00:00:00Z\", \"id\": \"2403.00001\", \"title\": \"T\"}] | PAPERFEED_JSON",
        "[{\"abstract\": \"A\", \"authors\": [\"B\"], \"id\": \"2403.00001\", \"listings\": [{\"day\" | PAPERFEED_JSON",
        "[{\"muteRules\": [], \"paperfeed\": \"marks\", \"version\": 1}] | PAPERFEED_JSON",
        "[{\"id\": \"smith2020\", \"type\": \"article-journal\", \"title\": \"T\", \"abstract\": \"A\"}] | HF_DAILY_JSON",
        "[{\"id\": 7, \"title\": \"T\", \"abstract\": \"A\", \"starred\": true}] | HF_DAILY_JSON",
        "[{\"abstract\": \"A\", \"id\": \"2403.00001\", \"starred\": true, \"summary\": \"S\"}] | HF_DAILY_JSON",
        "  \\n {\"papers\": []}                              | HF_DAILY_JSON",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/> | RSS",
        "Some Title\\n\\nSome abstract.                       | TEXT_PAGE",
    })
    void sniffsTheContent(String content, DigestFormat expected) throws Exception {
        assertThat(detect(content.replace("\\n", "\n"), null)).isEqualTo(expected);
    }

    /**
     * A backup whose keys a tool sorted, starting with a big collaboration's paper: its 3,000 authors come before its
     * "id" and "title", far past the 8 KB sniffed, and it was taken for Hugging Face's JSON (its marks all lost).
     * Hugging Face's JSON and CSL-JSON whose first entry is as long are still what they were.
     */
    @Test
    void theFirstPapersKeysDecideHoweverLongItsValues() throws Exception {
        String authors = java.util.stream.IntStream.rangeClosed(1, 3000)
                .mapToObj(i -> "\"Author Number " + i + " of the Collaboration\"")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        String sortedBackup = "[{\"abstract\": \"A\", \"added\": \"2024-03-01T00:00:00Z\", \"aiKeywords\": [], "
                + "\"authors\": " + authors + ", \"id\": \"2403.00001\", \"listings\": [], \"starred\": true, "
                + "\"title\": \"T\"}, {\"id\": \"2403.00002\", \"title\": \"U\", \"abstract\": \"B\"}]";
        String hfAuthors = authors.replaceAll("(\"Author Number \\d+ of the Collaboration\")", "{\"name\": $1}");
        String huggingFace = "[{\"paper\": {\"authors\": " + hfAuthors + ", \"id\": \"2403.00001\", "
                + "\"summary\": \"S\", \"title\": \"T\"}, \"publishedAt\": \"2024-03-01T00:00:00Z\", "
                + "\"summary\": \"S\", \"title\": \"T\"}]";
        String cslJson = "[{\"abstract\": \"A\", \"author\": " + hfAuthors + ", \"id\": \"smith2020\", "
                + "\"title\": \"T\", \"type\": \"article-journal\"}]";
        assertThat(sortedBackup.indexOf("\"id\"")).isGreaterThan(8 * 1024);

        assertThat(detect(sortedBackup, null)).isEqualTo(DigestFormat.PAPERFEED_JSON);
        assertThat(detect("\uFEFF" + sortedBackup, null)).isEqualTo(DigestFormat.PAPERFEED_JSON);
        assertThat(detector.detect(("\uFEFF" + sortedBackup).getBytes(StandardCharsets.UTF_16LE), null, "x"))
                .isEqualTo(DigestFormat.PAPERFEED_JSON);
        assertThat(detect(huggingFace, null)).isEqualTo(DigestFormat.HF_DAILY_JSON);
        assertThat(detect(cslJson, null)).isEqualTo(DigestFormat.HF_DAILY_JSON);
    }

    /**
     * Reading a JSON array's first element to its end does not read on: not past text that is not JSON, however
     * large the file, nor past the first element of JSON, however many follow.
     */
    @Test
    void detectionReadsNoFurtherThanItMust() {
        CountingReader text = new CountingReader("[PDF] A page of text that starts with a bracket. ");
        CountingReader papers = new CountingReader("{\"paper\": {\"id\": \"2403.00001\"}, \"title\": \"T\"}, ");

        assertThat(PaperFeedJsonParser.looksLikeExport(text)).isFalse();
        assertThat(PaperFeedJsonParser.looksLikeExport(papers.startingWith("["))).isFalse();

        assertThat(text.read).as("characters read of endless text").isLessThan(64 * 1024);
        assertThat(papers.read).as("characters read of an endless array of papers").isLessThan(64 * 1024);
    }

    /** An endless document: {@code start}, then {@code unit} over and over; counts the characters read. */
    private static final class CountingReader extends java.io.Reader {
        private final String unit;
        private String next;
        private int at;
        long read;

        CountingReader(String unit) {
            this.unit = unit;
            this.next = unit;
        }

        CountingReader startingWith(String start) {
            next = start + unit;
            return this;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                if (at == next.length()) {
                    next = unit;
                    at = 0;
                }
                int chunk = Math.min(length - n, next.length() - at);
                next.getChars(at, at + chunk, buffer, offset + n);
                at += chunk;
                n += chunk;
            }
            read += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void tellsTheArxivApiFromGenericAtom() throws Exception {
        assertThat(detect(ARXIV_API, null)).isEqualTo(DigestFormat.ARXIV_ATOM);
        assertThat(detect(ATOM, null)).isEqualTo(DigestFormat.ATOM);
        assertThat(detect(RSS, null)).isEqualTo(DigestFormat.RSS);
    }

    @Test
    void contentWinsOverAWrongContentType() throws Exception {
        assertThat(detect(RSS, "text/html; charset=UTF-8")).isEqualTo(DigestFormat.RSS);
        assertThat(detect(ARXIV_API, "application/octet-stream")).isEqualTo(DigestFormat.ARXIV_ATOM);
        assertThat(detect("[]", "text/plain")).isEqualTo(DigestFormat.HF_DAILY_JSON);
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFormat() throws Exception {
        assertThat(detect("\uFEFF[]", null)).isEqualTo(DigestFormat.HF_DAILY_JSON);
        byte[] utf16 = ("\uFEFF" + ATOM).getBytes(StandardCharsets.UTF_16BE);
        assertThat(detector.detect(utf16, null, "x")).isEqualTo(DigestFormat.ATOM);
    }

    @Test
    void textThatContradictsTheContentTypeIsAServerProblem() {
        assertThatThrownBy(() -> detect("Service Unavailable", "application/json"))
                .hasMessage("api: the server said application/json but sent something else"
                        + " (does it start with an error message?)");
        assertThatThrownBy(() -> detect("Title\n\nAbstract.", "text/html"))
                .hasMessageContaining("HTML web page");
    }

    @Test
    void latin1TextIsTextNotBinary() throws Exception {
        byte[] latin1 = "Caf\u00e9 th\u00e9orie\n\nR\u00e9sum\u00e9 na\u00efve."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(detector.detect(latin1, null, "x")).isEqualTo(DigestFormat.TEXT_PAGE);
    }

    @Test
    void aContentTypeCharsetIsHonouredForText() throws Exception {
        String page = "Caf\u00e9 Networks for Na\u00efve Learners\n\n"
                + "We study caf\u00e9 networks. ".repeat(10)
                + "They are na\u00efve, and we show it in many words here.";
        ParseContext context = new ParseContext("latin1.txt", "test", LocalDate.of(2024, 3, 15));

        Digest digest = DigestReader.standard()
                .read(page.getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=ISO-8859-1", context);

        assertThat(digest.papers()).singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("Caf\u00e9 Networks for Na\u00efve Learners"));
    }

    private DigestFormat detect(String content, String contentType) throws DigestParseException {
        return detector.detect(content.getBytes(StandardCharsets.UTF_8), contentType, "api");
    }
}
