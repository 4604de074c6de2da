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
