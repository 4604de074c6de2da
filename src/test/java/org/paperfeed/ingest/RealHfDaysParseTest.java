package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each of the 60 real Hugging Face days ({@link RealHfDays}), read as a refresh asking for that date would read it,
 * gives exactly that file's papers, in its order, listed on that day with their upvotes and comment counts and with
 * everything Hugging Face adds. The expectation is read from the same JSON independently, with plain Jackson.
 */
class RealHfDaysParseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<LocalDate> days() {
        return RealHfDays.days().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void everyEntryOfTheDayComesOutListedOnThatDayWithItsCountsAndExtras(LocalDate day) throws Exception {
        byte[] bytes = RealHfDays.bytes(day);
        ParseContext context = new ParseContext("daily_papers?date=" + day, "Hugging Face daily", day.plusDays(3), day);

        Digest digest = DigestReader.standard().read(bytes, "application/json", context);

        List<JsonNode> entries = new ArrayList<>(JSON.readTree(bytes).values());
        assertThat(digest.format()).isEqualTo(DigestFormat.HF_DAILY_JSON);
        assertThat(digest.papers()).extracting(p -> p.id().value())
                .containsExactlyElementsOf(entries.stream().map(e -> e.get("paper").get("id").asString()).toList());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonNode paper = entry.get("paper");
            Paper read = digest.papers().get(i);
            assertThat(read.id()).isEqualTo(PaperId.arxiv(paper.get("id").asString()));
            assertThat(read.listings()).as(read.id().value()).containsExactly(Listing.daily("Hugging Face daily", day,
                    i + 1, paper.get("upvotes").asInt(), entry.get("numComments").asInt()));
            assertThat(read.upvotes()).isEqualTo(paper.get("upvotes").asInt());
            assertThat(read.extras()).as(read.id().value()).isEqualTo(expectedExtras(paper));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void withoutAnAskedForDateEachEntryIsListedOnItsOwnSubmissionDay(LocalDate day) throws Exception {
        ParseContext context = new ParseContext("daily.json", "imported", day.plusDays(40));

        Digest digest = DigestReader.standard().read(RealHfDays.bytes(day), (String) null, context);

        assertThat(digest.papers()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.listings()).extracting(Listing::day).containsExactly(day));
    }

    /** What the JSON says, with whitespace folded and blank keywords dropped (one real entry lists {@code [""]}). */
    private static PaperExtras expectedExtras(JsonNode paper) {
        GithubRepo github = text(paper, "githubRepo") == null ? null : new GithubRepo(text(paper, "githubRepo"),
                paper.hasNonNull("githubStars") ? paper.get("githubStars").asInt() : null);
        List<String> keywords = paper.has("ai_keywords")
                ? paper.get("ai_keywords").values().stream().map(k -> collapse(k.asString()))
                        .filter(k -> !k.isEmpty()).distinct().toList()
                : List.of();
        JsonNode organization = paper.get("organization");
        return new PaperExtras(null, github, text(paper, "projectPage"), collapse(text(paper, "ai_summary")), keywords,
                organization == null ? null : collapse(organization.get("fullname").asString()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    /** The parser folds runs of whitespace, as it does in every text it keeps. */
    private static String collapse(String text) {
        return text == null ? null : text.replaceAll("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u3000]+", " ").strip();
    }
}
