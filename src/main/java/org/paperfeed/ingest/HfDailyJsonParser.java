package org.paperfeed.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hugging Face {@code GET /api/daily_papers}: an array of {@code {paper: {...}, title, summary, ...}}.
 *
 * <p>The API is undocumented and changes, so every field is read defensively: unknown fields are ignored, a wrong type
 * is coerced when the meaning is clear (a number as a title, a string of authors) and otherwise treated as missing.
 * An entry without any usable title is skipped; the digest fails only when entries exist and none is usable.
 *
 * <p>Each paper is listed on the {@code ?date=} the caller asked for ({@link ParseContext#listingDay()}), else on its
 * {@code submittedOnDailyAt} day in UTC (an entry without one: the day most other entries name, else today), ranked
 * in the response's order, with its {@code upvotes} and {@code numComments}; {@link HfExtras} reads what Hugging Face
 * adds.
 */
final class HfDailyJsonParser extends GuardedParser {

    private static final Logger LOG = LoggerFactory.getLogger(HfDailyJsonParser.class);
    private static final JsonMapper MAPPER = Json.bounded(MAX_BYTES);

    @Override
    public DigestFormat format() {
        return DigestFormat.HF_DAILY_JSON;
    }

    /** The list's papers; an entry without a usable title is not one, and is counted as skipped for the summary. */
    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        JsonNode root = parseJson(TextDecoder.decode(content), context.origin());
        List<JsonNode> entries = entries(root, context.origin());
        List<DailyEntry> usable = new ArrayList<>();
        for (JsonNode entry : entries) {
            // Not a warning: the import's summary counts it ("1 line skipped"), and the CLI's stderr is for the one
            // failure line. Logged below the level the product shows, for a run with a debugging configuration.
            toEntry(entry, context).ifPresentOrElse(usable::add,
                    () -> LOG.info("{}: skipped a daily-papers entry without a usable title", context.origin()));
        }
        if (usable.isEmpty() && !entries.isEmpty()) {
            throw new DigestParseException(context.origin(),
                    "none of the " + entries.size() + " entries is a paper with a title");
        }
        LocalDate dayOfTheRest = mostCommonDay(usable).orElse(context.today());
        List<Paper> papers = new ArrayList<>(usable.size());
        for (DailyEntry entry : usable) {
            LocalDate day = context.listingDay() != null ? context.listingDay()
                    : entry.submittedOnDaily != null ? entry.submittedOnDaily : dayOfTheRest;
            papers.add(entry.paper.withListings(List.of(Listing.daily(context.sourceName(), day, papers.size() + 1,
                    entry.paper.upvotes(), entry.comments))));
        }
        return new Digest(format(), papers, null, entries.size() - usable.size(), 0);
    }

    /**
     * A paper as the entry describes it, with the day it was submitted to the daily list (UTC) and its comment count.
     *
     * @param submittedOnDaily null when the entry does not say
     * @param comments         null when the entry does not say
     */
    private record DailyEntry(Paper paper, LocalDate submittedOnDaily, Integer comments) {
    }

    /**
     * The day most entries were submitted on: an entry that lacks {@code submittedOnDailyAt} belongs to the list it
     * came in, and that list's day is the one its other entries name.
     */
    private static Optional<LocalDate> mostCommonDay(List<DailyEntry> entries) {
        Map<LocalDate, Long> counts = entries.stream().map(DailyEntry::submittedOnDaily).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(day -> day, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static JsonNode parseJson(String json, String origin) throws DigestParseException {
        try {
            return MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new DigestParseException(origin, "not a paper digest: " + limitExceeded(e.getOriginalMessage()), e);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")
                    ? "JSON ends too early (truncated?)" : "malformed JSON";
            throw new DigestParseException(origin, what + where, e);
        }
    }

    /** Jackson names the setting that tripped; a user needs to hear which limit the file broke. */
    private static String limitExceeded(String jacksonMessage) {
        String message = String.valueOf(jacksonMessage);
        if (message.contains("nesting depth")) {
            return "JSON nested deeper than " + Json.MAX_DEPTH + " levels";
        }
        if (message.contains("String value length")) {
            return "a JSON text value is longer than " + Json.MAX_STRING_CHARS + " characters";
        }
        return "JSON larger than PaperFeed accepts (" + message.replaceAll(" ?\\(from `.*`\\)", "") + ")";
    }

    /** The entries: the API's array, or an object wrapping one; an object with {@code error} is the API refusing. */
    private static List<JsonNode> entries(JsonNode root, String origin) throws DigestParseException {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new DigestParseException(origin, "empty JSON, no papers in it");
        }
        if (root.isArray()) {
            return List.copyOf(root.values());
        }
        if (root.isObject()) {
            Optional<String> error = string(root.get("error"));
            if (error.isPresent()) {
                throw new DigestParseException(origin, "Hugging Face answered with an error: " + error.get());
            }
            for (String wrapper : List.of("papers", "data", "items")) {
                JsonNode list = root.get(wrapper);
                if (list != null && list.isArray()) {
                    return entries(list, origin);
                }
            }
            if (root.has("paper") || root.has("title")) {
                return List.of(root);
            }
        }
        throw new DigestParseException(origin, "JSON is not a list of papers (expected an array of daily papers)");
    }

    private static Optional<DailyEntry> toEntry(JsonNode entry, ParseContext context) {
        if (!entry.isObject()) {
            return Optional.empty();
        }
        JsonNode paper = entry.get("paper") != null && entry.get("paper").isObject() ? entry.get("paper") : entry;
        Optional<String> title = string(paper.get("title")).or(() -> string(entry.get("title")))
                .map(CleanText::normalize).filter(t -> !t.isEmpty());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String abstractText = CleanText.normalize(string(paper.get("summary"))
                .or(() -> string(entry.get("summary"))).orElse(""));
        Optional<String> rawId = string(paper.get("id"));
        PaperId id = rawId.flatMap(PaperId::parseArxiv).orElseGet(() -> PaperId.fromTitle(title.get()));
        String publishedAt = string(paper.get("publishedAt")).or(() -> string(entry.get("publishedAt"))).orElse(null);
        Paper read = new Paper(id, title.get(), abstractText, authors(paper.get("authors")), Dates.parse(publishedAt),
                context.sourceName(), links(paper, id), count(paper.get("upvotes")), List.of(), List.of(),
                HfExtras.of(paper, entry, id.isArxiv() ? rawId.map(ArxivVersion::in).orElse(null) : null));
        LocalDate submitted = Dates.utcDay(string(paper.get("submittedOnDailyAt"))
                .or(() -> string(entry.get("submittedOnDailyAt"))).orElse(null));
        Integer comments = count(entry.get("numComments") != null ? entry.get("numComments")
                : paper.get("numComments"));
        return Optional.of(new DailyEntry(read, submitted, comments));
    }

    /** A scalar as text; arrays, objects, null and blank strings are no value at all. */
    static Optional<String> string(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber() || node.isBoolean())) {
            return Optional.empty();
        }
        String value = node.asString();
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static List<String> authors(JsonNode authors) {
        if (authors == null) {
            return List.of();
        }
        if (authors.isArray()) {
            return authors.values().stream()
                    .map(HfDailyJsonParser::authorName)
                    .flatMap(Optional::stream)
                    .map(CleanText::normalize)
                    .filter(name -> !name.isEmpty())
                    .toList();
        }
        return string(authors)
                .map(names -> Arrays.stream(names.split("\\s*[,;]\\s*")).map(CleanText::normalize)
                        .filter(name -> !name.isEmpty()).toList())
                .orElse(List.of());
    }

    /** {@code {name: "…"}} as the API sends it, or a bare string; a number in an author list is nobody's name. */
    private static Optional<String> authorName(JsonNode author) {
        if (author.isObject()) {
            return string(author.get("name")).filter(name -> author.get("name").isString());
        }
        return author.isString() ? Optional.of(author.stringValue()) : Optional.empty();
    }

    /** A count (upvotes, comments, stars): a non-negative integer, or a string of digits; anything else is unknown. */
    static Integer count(JsonNode count) {
        if (count == null) {
            return null;
        }
        if (count.isIntegralNumber() && count.canConvertToInt()) {
            return count.intValue() >= 0 ? count.intValue() : null;
        }
        return string(count).filter(s -> s.matches("\\d{1,9}")).map(Integer::valueOf).orElse(null);
    }

    private static List<PaperLink> links(JsonNode paper, PaperId id) {
        List<PaperLink> links = new ArrayList<>(ArxivLinks.of(id));
        if (id.isArxiv()) {
            links.add(ArxivLinks.huggingFace(id));
        }
        string(paper.get("githubRepo")).flatMap(ArxivLinks::webUrl)
                .ifPresent(url -> links.add(new PaperLink(LinkType.CODE, url)));
        string(paper.get("projectPage")).flatMap(ArxivLinks::webUrl)
                .ifPresent(url -> links.add(new PaperLink(LinkType.OTHER, url)));
        return links;
    }
}
