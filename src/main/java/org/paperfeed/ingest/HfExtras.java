package org.paperfeed.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.PaperExtras;
import tools.jackson.databind.JsonNode;

/**
 * What Hugging Face adds to a daily paper: its code repository and stars ({@code githubRepo}, {@code githubStars}),
 * project page ({@code projectPage}), AI one-line summary and keywords ({@code ai_summary}, {@code ai_keywords}) and
 * organization ({@code organization.fullname}, else its {@code name}). Each is read from the entry's {@code paper}
 * object first, then from the entry itself, where older responses put some of them; a value of the wrong type or a
 * link that is not http(s) is no value.
 */
final class HfExtras {

    /** Far more than any real paper has (the real days have at most a few dozen); keeps a hostile list bounded. */
    static final int MAX_KEYWORDS = 100;
    private static final int MAX_KEYWORD_CHARS = 200;

    private HfExtras() {
    }

    static PaperExtras of(JsonNode paper, JsonNode entry, String version) {
        GithubRepo github = field(paper, entry, "githubRepo").flatMap(HfExtras::string).flatMap(ArxivLinks::webUrl)
                .map(url -> new GithubRepo(url, field(paper, entry, "githubStars").map(HfDailyJsonParser::count)
                        .orElse(null)))
                .orElse(null);
        String projectPage = field(paper, entry, "projectPage").flatMap(HfExtras::string)
                .flatMap(ArxivLinks::webUrl).orElse(null);
        String aiSummary = field(paper, entry, "ai_summary").flatMap(HfExtras::string).map(CleanText::normalize)
                .filter(s -> !s.isEmpty()).orElse(null);
        List<String> keywords = field(paper, entry, "ai_keywords").map(HfExtras::keywords).orElse(List.of());
        String organization = field(paper, entry, "organization").flatMap(HfExtras::organization).orElse(null);
        return new PaperExtras(version, github, projectPage, aiSummary, keywords, organization);
    }

    private static Optional<JsonNode> field(JsonNode paper, JsonNode entry, String name) {
        JsonNode value = paper.get(name);
        if (value == null || value.isNull()) {
            value = entry.get(name);
        }
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> string(JsonNode node) {
        return HfDailyJsonParser.string(node).filter(s -> node.isString());
    }

    private static List<String> keywords(JsonNode node) {
        if (!node.isArray()) {
            return List.of();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (JsonNode keyword : node.values()) {
            string(keyword).map(CleanText::normalize)
                    .filter(k -> !k.isEmpty() && k.length() <= MAX_KEYWORD_CHARS)
                    .ifPresent(keywords::add);
            if (keywords.size() == MAX_KEYWORDS) {
                break;
            }
        }
        return List.copyOf(keywords);
    }

    /** {@code {name: "UMassAmherst", fullname: "University of Massachusetts Amherst"}}: the full name reads best. */
    private static Optional<String> organization(JsonNode node) {
        Optional<String> name = node.isObject()
                ? string(node.get("fullname")).or(() -> string(node.get("name")))
                : string(node);
        return name.map(CleanText::normalize).filter(n -> !n.isEmpty());
    }
}
