package org.paperfeed.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Six real Hugging Face daily days ({@code src/test/resources/org/paperfeed/library/hf-daily}, see its SOURCE.md) as
 * papers with one listing each, built directly through the model so the library's tests do not depend on a parser:
 * the real titles, abstracts, AI keywords, organizations, upvotes and page order.
 */
final class RealDays {

    static final String SOURCE = "Hugging Face daily";
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 14),
            LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 18), LocalDate.of(2026, 8, 19), LocalDate.of(2026, 8, 20));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealDays() {
    }

    /** The day's papers in the page's order, each listed on that day with its rank, upvotes and comments. */
    static List<Paper> papers(LocalDate day) {
        JsonNode entries = JSON.readTree(bytes(day));
        List<Paper> papers = new ArrayList<>();
        int rank = 0;
        for (JsonNode entry : entries) {
            JsonNode paper = entry.get("paper");
            rank++;
            List<String> authors = new ArrayList<>();
            for (JsonNode author : paper.get("authors")) {
                authors.add(author.get("name").asString());
            }
            List<String> keywords = new ArrayList<>();
            if (paper.has("ai_keywords")) {
                paper.get("ai_keywords").forEach(k -> keywords.add(k.asString()));
            }
            String organization = entry.has("organization") ? entry.get("organization").get("fullname").asString()
                    : null;
            GithubRepo github = paper.has("githubRepo") && paper.get("githubRepo").isString()
                    ? new GithubRepo(paper.get("githubRepo").asString(),
                    paper.has("githubStars") ? paper.get("githubStars").intValue() : null) : null;
            PaperExtras extras = new PaperExtras(null, github, null,
                    paper.has("ai_summary") ? paper.get("ai_summary").asString() : null, keywords, organization);
            int upvotes = paper.get("upvotes").intValue();
            Listing listing = Listing.daily(SOURCE, day, rank, upvotes, entry.get("numComments").intValue());
            papers.add(new Paper(PaperId.arxiv(paper.get("id").asString()), paper.get("title").asString(),
                    paper.get("summary").asString(), authors,
                    LocalDate.parse(paper.get("publishedAt").asString().substring(0, 10)), SOURCE, List.of(),
                    upvotes, List.of(), List.of(listing), extras));
        }
        return papers;
    }

    private static byte[] bytes(LocalDate day) {
        String resource = "/org/paperfeed/library/hf-daily/" + day + ".json.gz";
        try (InputStream gz = RealDays.class.getResourceAsStream(resource)) {
            if (gz == null) {
                throw new IllegalArgumentException("no real day " + day);
            }
            try (InputStream json = new GZIPInputStream(gz)) {
                return json.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
