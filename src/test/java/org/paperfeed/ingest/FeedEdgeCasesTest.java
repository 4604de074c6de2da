package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paperfeed.model.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 248 RSS/Atom edge cases of feedparser's test suite (see {@code feed-edge-cases/SOURCE.md}), each imported alone
 * as a user's file would be: none crashes or imports the channel as a paper, and the first paper's title or abstract
 * reads as the plain text a reader should see. The score is in the display name of the last test and in the log.
 */
class FeedEdgeCasesTest {

    private static final Logger LOG = LoggerFactory.getLogger(FeedEdgeCasesTest.class);
    private static final String CORPUS = "feed-edge-cases/feed-edge-cases.zip";
    private static final ParseContext CONTEXT = new ParseContext("edge-case.xml", "edge cases", LocalDate.of(2024, 3, 15));

    /** What importing one case gave, judged against {@code expect.json}. */
    private record Outcome(JsonNode expected, List<Paper> papers, String refusal) {

        boolean strict() {
            return expected.get("may_differ").isEmpty() && !expected.has("may_skip");
        }

        boolean judged() {
            return expected.get("may_differ").isEmpty();
        }

        boolean title() {
            return expected.get("kind").asString().equals("title");
        }

        boolean skipped() {
            return papers != null && papers.isEmpty() && expected.has("may_skip");
        }

        /** The plain text the case asks about, or null when nothing was imported. */
        String actual() {
            if (papers == null || papers.isEmpty()) {
                return null;
            }
            Paper first = papers.get(0);
            return collapse(title() ? first.title() : first.abstractText());
        }

        boolean matches() {
            String actual = actual();
            if (actual == null) {
                return false;
            }
            List<String> accepted = new ArrayList<>(List.of(expected.get("text").asString()));
            if (expected.has("alt_texts")) {
                expected.get("alt_texts").forEach(alt -> accepted.add(alt.asString()));
            }
            return accepted.stream().map(FeedEdgeCasesTest::collapse).anyMatch(actual::equals);
        }

        String file() {
            return expected.get("file").asString();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseImportsAsAReaderExpects() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        byte[] expectJson = null;
        try (InputStream in = FeedEdgeCasesTest.class.getResourceAsStream(CORPUS);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("expect.json")) {
                    expectJson = zip.readAllBytes();
                } else if (entry.getName().startsWith("files/") && !entry.isDirectory()) {
                    files.put(entry.getName().substring("files/".length()), zip.readAllBytes());
                }
            }
        }
        JsonNode cases = JsonMapper.builder().build().readTree(new String(expectJson, StandardCharsets.UTF_8));
        assertThat(cases).hasSize(248);
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode expected : cases) {
            outcomes.add(importAlone(expected, files.get(expected.get("file").asString())));
        }
        String score = score(outcomes);
        LOG.info("feed edge cases: {}", score);
        Stream<DynamicTest> each = outcomes.stream().map(o -> DynamicTest.dynamicTest(
                (o.strict() ? "strict " : o.judged() ? "may skip " : "may differ ") + o.expected.get("kind").asString()
                        + ": " + o.file(), () -> check(o)));
        return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("score: " + score, () -> { })));
    }

    private static Outcome importAlone(JsonNode expected, byte[] content) {
        assertThat(content).as(expected.get("file").asString()).isNotNull();
        try {
            List<Paper> papers = DigestReader.standard().read(content, "application/xml", CONTEXT).papers();
            return new Outcome(expected, papers, null);
        } catch (DigestParseException e) {
            return new Outcome(expected, null, e.getMessage());
        }
    }

    private static void check(Outcome o) {
        if (o.refusal != null) {
            // Only ill-formed XML may be refused, and then in one clear line.
            assertThat(o.expected.get("xml_wellformed").asBoolean()).as("refused: " + o.refusal).isFalse();
            assertThat(o.refusal).doesNotContain("\n").startsWith(CONTEXT.origin());
            return;
        }
        // The channel is never a paper: at most as many papers as feedparser finds entries.
        assertThat(o.papers.size()).as("papers imported").isLessThanOrEqualTo(o.expected.get("feedparser_entries").asInt());
        if (!o.judged() || o.skipped()) {
            return;
        }
        assertThat(o.matches())
                .as("%s: got %s, expected %s or one of %s", o.file(), quoted(o.actual()), quoted(o.expected.get("text").asString()),
                        o.expected.path("alt_texts"))
                .isTrue();
    }

    private static String score(List<Outcome> outcomes) {
        long strictTitles = outcomes.stream().filter(o -> o.strict() && o.title()).count();
        long strictTitlesOk = outcomes.stream().filter(o -> o.strict() && o.title() && o.matches()).count();
        long strictSummaries = outcomes.stream().filter(o -> o.strict() && !o.title()).count();
        long strictSummariesOk = outcomes.stream().filter(o -> o.strict() && !o.title() && o.matches()).count();
        long judged = outcomes.stream().filter(Outcome::judged).count();
        long judgedOk = outcomes.stream().filter(o -> o.judged() && o.matches()).count();
        long skipped = outcomes.stream().filter(o -> o.judged() && o.skipped()).count();
        long lenient = outcomes.stream().filter(o -> !o.judged()).count();
        long lenientOk = outcomes.stream().filter(o -> !o.judged() && o.matches()).count();
        long refused = outcomes.stream().filter(o -> o.refusal != null).count();
        return String.format("strict titles %d/%d, strict summaries %d/%d; no may_differ %d/%d matched + %d skipped as"
                        + " untitled; may_differ %d/%d matched; %d ill-formed refused",
                strictTitlesOk, strictTitles, strictSummariesOk, strictSummaries, judgedOk, judged, skipped,
                lenientOk, lenient, refused);
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }

    /** feedparser's corpus collapses every run of ASCII whitespace to one space and trims the ends. */
    private static String collapse(String text) {
        return text.replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ").strip();
    }
}
