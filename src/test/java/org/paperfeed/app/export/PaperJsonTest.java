package org.paperfeed.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON scripts read: every documented field present, typed, and null or empty by the documented rule. */
class PaperJsonTest {

    private static final List<String> FIELDS = List.of("id", "title", "abstract", "authors", "published", "source",
            "url", "starred", "tags", "read", "upvotes", "categories", "links", "added", "listings", "version",
            "github", "projectPage", "aiSummary", "aiKeywords", "organization", "notInterested", "doi");

    private static final Paper PLAIN = new Paper(PaperId.arxiv("2403.01234"), "Sinkhorn, faster", "We speed it up.",
            List.of("A. Author"), LocalDate.of(2024, 3, 8), "hf-papers-page.txt",
            List.of(new PaperLink(LinkType.ABSTRACT, "https://arxiv.org/abs/2403.01234")), null, List.of("cs.LG"));

    @Test
    void aPaperWithListingsAndExtrasShowsThemAll() throws Exception {
        Paper paper = PLAIN.withListings(List.of(
                        Listing.daily("Hugging Face daily", LocalDate.of(2024, 3, 11), 3, 142, 12),
                        Listing.firstFetched("arXiv cs.LG new", LocalDate.of(2024, 3, 12), null)))
                .withExtras(new PaperExtras("v2", new GithubRepo("https://github.com/o/r", 512),
                        "https://o.github.io/r", "It is faster.", List.of("optimal transport", "sinkhorn"), "MIT"));
        JsonNode json = write(new LibraryPaper(paper, new PaperState(true, false, Set.of("ot"), true),
                Instant.parse("2024-03-11T08:00:00Z")));

        assertThat(json.propertyNames()).containsAll(FIELDS).doesNotContain("score", "snippet");
        assertThat(json.get("listings").size()).isEqualTo(2);
        JsonNode hf = json.get("listings").get(0);
        assertThat(hf.propertyNames()).containsExactly("source", "day", "rank", "upvotes", "commentCount");
        assertThat(hf.get("source").asString()).isEqualTo("Hugging Face daily");
        assertThat(hf.get("day").asString()).isEqualTo("2024-03-11");
        assertThat(hf.get("rank").isInt()).isTrue();
        assertThat(hf.get("rank").asInt()).isEqualTo(3);
        assertThat(hf.get("upvotes").asInt()).isEqualTo(142);
        assertThat(hf.get("commentCount").asInt()).isEqualTo(12);
        JsonNode arxiv = json.get("listings").get(1);
        assertThat(arxiv.get("day").asString()).isEqualTo("2024-03-12");
        assertThat(arxiv.get("rank").isNull()).isTrue();
        assertThat(arxiv.get("upvotes").isNull()).isTrue();
        assertThat(json.get("version").asString()).isEqualTo("v2");
        assertThat(json.get("github").get("url").asString()).isEqualTo("https://github.com/o/r");
        assertThat(json.get("github").get("stars").asInt()).isEqualTo(512);
        assertThat(json.get("projectPage").asString()).isEqualTo("https://o.github.io/r");
        assertThat(json.get("aiSummary").asString()).isEqualTo("It is faster.");
        assertThat(json.get("aiKeywords").isArray()).isTrue();
        assertThat(json.get("aiKeywords").get(1).asString()).isEqualTo("sinkhorn");
        assertThat(json.get("organization").asString()).isEqualTo("MIT");
        assertThat(json.get("notInterested").isBoolean()).isTrue();
        assertThat(json.get("notInterested").asBoolean()).isTrue();
        assertThat(json.get("source").asString()).as("the first source, whatever lists it later")
                .isEqualTo("hf-papers-page.txt");
        assertThat(json.get("published").asString()).isEqualTo("2024-03-08");
    }

    @Test
    void whatNoSourceGaveIsNullOrAnEmptyList() throws Exception {
        JsonNode json = write(new LibraryPaper(PLAIN, PaperState.UNTOUCHED, Instant.parse("2024-03-11T08:00:00Z")));

        assertThat(json.propertyNames()).containsAll(FIELDS);
        for (String absent : List.of("upvotes", "version", "github", "projectPage", "aiSummary", "organization",
                "doi")) {
            assertThat(json.get(absent).isNull()).as(absent).isTrue();
        }
        assertThat(json.get("listings").isArray()).isTrue();
        assertThat(json.get("listings").isEmpty()).isTrue();
        assertThat(json.get("aiKeywords").isArray()).isTrue();
        assertThat(json.get("aiKeywords").isEmpty()).isTrue();
        assertThat(json.get("notInterested").isBoolean()).isTrue();
        assertThat(json.get("notInterested").asBoolean()).isFalse();
    }

    @Test
    void aPaperKnownByItsDoiOrCarryingOneGivesItAsWritten() throws Exception {
        Paper journal = new Paper(PaperId.fromDoi("10.1016/J.JCP.2024.112345"), "From a journal", "", List.of(), null,
                "JCP", List.of(), null, List.of());
        JsonNode byDoi = write(new LibraryPaper(journal, PaperState.UNTOUCHED, Instant.EPOCH));
        JsonNode arxiv = write(new LibraryPaper(PLAIN.withDoi("doi:10.1103/PhysRevD.76.013009"), PaperState.UNTOUCHED,
                Instant.EPOCH));

        assertThat(byDoi.get("id").asString()).isEqualTo("doi:10.1016/j.jcp.2024.112345");
        assertThat(byDoi.get("doi").asString()).isEqualTo("10.1016/j.jcp.2024.112345");
        assertThat(arxiv.get("id").asString()).isEqualTo("2403.01234");
        assertThat(arxiv.get("doi").asString()).isEqualTo("10.1103/physrevd.76.013009");
    }

    @Test
    void writingLeavesTheWriterOpenAndEndsWithALineBreak() throws Exception {
        StringWriter text = new StringWriter();
        java.io.BufferedWriter out = new java.io.BufferedWriter(text);
        PaperJson.write(List.of(), out);
        out.write("more");
        out.flush();

        assertThat(text.toString()).isEqualTo("[ ]" + System.lineSeparator() + "more");
    }

    private static JsonNode write(LibraryPaper paper) throws Exception {
        StringWriter out = new StringWriter();
        PaperJson.write(List.of(PaperJson.of(paper)), out);
        JsonNode array = JsonMapper.builder().build().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        return array.get(0);
    }
}
