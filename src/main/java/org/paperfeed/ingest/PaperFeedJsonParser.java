package org.paperfeed.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.LibraryMarks;
import org.paperfeed.model.Doi;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Listing;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.support.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PaperFeed's own JSON export read back: the array of papers ({@code export --format json}, {@code list --json}),
 * which for the whole library ends with one more element holding the marks that belong to no paper, a backup:
 * {@code [ {paper}, …, {"paperfeed":"marks","version":1,"muteRules":[…],"savedSearches":[…]} ]}.
 *
 * <p>Each paper comes back as it was stored (id, text, listings, extras), and each mark with it (star, read, tags,
 * not interested, note), beside the mute rules and saved searches of a backup: the {@link Digest#marks()} the
 * importing library adds. Read defensively like any file: a wrong type is no value, a paper without a title is
 * skipped and counted ({@link Digest#skipped()}) and so is each mark on it ({@code paper entry skipped}), a mark that
 * could never be journaled (a tag of 40,000 characters) is dropped, not the paper, and its reason counted
 * ({@link LibraryMarks#refused()}) for the import to say.
 */
final class PaperFeedJsonParser extends GuardedParser {

    private static final JsonMapper MAPPER = Json.bounded(MAX_BYTES);
    /** A mute rule's query longer than this is not read (the library's own limit on a query). */
    private static final int MAX_QUERY_LENGTH = 2000;
    /** Why the marks on an entry that is not a paper (it has no title) are not restored. */
    private static final String SKIPPED_ENTRY = "paper entry skipped";
    /** Keys every paper of an export carries and other JSON with an id, a title and an abstract (CSL-JSON) lacks. */
    private static final Set<String> EXPORT_KEYS = Set.of("sourceName", "starred", "notInterested", "listings", "added");

    /**
     * True when a JSON document's start is one of the two forms PaperFeed exports: an array whose first element is a
     * paper with PaperFeed's keys, or, for a library without papers, its marks element ({@code {"paperfeed": …}}). A
     * paper is known by {@code id} and {@code title} first and an {@code abstract} (Hugging Face says {@code summary},
     * never {@code abstract}), as PaperFeed writes it and a hand-made file copies it, or, in whatever order, by an
     * {@code abstract}, an {@code id} or {@code title} and a key only an export writes ({@link #EXPORT_KEYS}): a backup
     * whose keys a tool had sorted was taken for Hugging Face's JSON while the order was required, and every mark in it
     * was lost without a word.
     *
     * <p>The document is read as a stream, up to the end of its first element and no further, its values skipped
     * whatever their length: the keys of a paper with 3,000 authors, sorted, come after far more than any fixed head
     * (its {@code id} and {@code title} after the authors), and a backup starting with it was taken for Hugging Face's
     * JSON. Text that is not JSON ends the reading at its first token that is not. A document that ends inside its
     * first element (a file cut short) is judged on the keys read before the cut.
     */
    static boolean looksLikeExport(java.io.Reader document) {
        List<String> keys = new ArrayList<>();
        try (JsonParser json = MAPPER.createParser(document)) {
            if (json.nextToken() != JsonToken.START_ARRAY || json.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            String name;
            while ((name = json.nextName()) != null) {
                JsonToken value = json.nextToken();
                if ((name.equals("id") || name.equals("paperfeed")) && value != JsonToken.VALUE_STRING) {
                    return false; // an id or a marks kind that is not a string is not PaperFeed's
                }
                keys.add(name);
                json.skipChildren();
            }
        } catch (JacksonException e) {
            // the document ends inside the first element, or it is not JSON: the keys read so far decide
        }
        if (keys.contains("paperfeed") && !keys.contains("id")) {
            return true;
        }
        if (!keys.contains("abstract")) {
            return false;
        }
        boolean writtenOrder = keys.size() >= 2 && keys.get(0).equals("id") && keys.get(1).equals("title");
        return writtenOrder || (keys.contains("id") || keys.contains("title")) && !keys.contains("summary")
                && !keys.contains("paper") && keys.stream().anyMatch(EXPORT_KEYS::contains);
    }

    @Override
    public DigestFormat format() {
        return DigestFormat.PAPERFEED_JSON;
    }

    @Override
    Digest readDigest(byte[] content, ParseContext context) throws DigestParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(TextDecoder.decode(content));
        } catch (JacksonException e) {
            throw new DigestParseException(context.origin(), "malformed JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode papers = root;
        if (papers == null || !papers.isArray()) {
            throw new DigestParseException(context.origin(), "a PaperFeed export without a list of papers");
        }
        List<Paper> read = new ArrayList<>();
        Map<PaperId, PaperState> states = new LinkedHashMap<>();
        List<MuteRule> rules = new ArrayList<>();
        List<SavedSearch> searches = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Set<PaperId> seen = new HashSet<>();
        int entries = 0;
        int duplicates = 0;
        for (JsonNode node : papers.values()) {
            if (isMarks(node)) {
                marks(node, rules, searches, refused); // the whole library's export ends with its mute rules and searches
                continue;
            }
            entries++;
            Optional<Paper> paper;
            try {
                // A title over the limit is no paper either (PaperLimits): its marks are an entry's skipped.
                paper = paper(node, context).filter(PaperLimits::isPaper);
            } catch (RuntimeException e) {
                paper = Optional.empty(); // a value a record refuses: this paper is skipped, never its neighbours
            }
            if (paper.isEmpty()) {
                skippedMarks(node, refused);
                continue;
            }
            read.add(paper.get()); // two entries of one paper are one (DigestReader, Paper#mergedWith)
            if (!seen.add(paper.get().id())) {
                duplicates++;
            }
            PaperState state = state(node, refused);
            if (!state.isUntouched()) {
                states.merge(paper.get().id(), state, (first, next) -> united(first, next, refused));
            }
        }
        if (read.isEmpty() && entries > 0) {
            throw new DigestParseException(context.origin(), "none of the " + entries
                    + " entries is a paper with a title");
        }
        // A paper without a title (a backup edited by hand) is counted for the import's summary, as other formats'.
        return new Digest(format(), read, null, entries - read.size(), 0, new LibraryMarks(states, rules, searches,
                refused, duplicates));
    }

    /**
     * The marks of two entries of one paper (two backups merged by hand), none lost: a star, read or not-interested
     * mark on either is set, the tags are both's, and two different notes are both kept, the first's, a blank line and
     * the second's (unless the first already holds it, as a note merged before). Notes too long together (over
     * {@value PaperState#MAX_NOTE_LENGTH} characters, the limit of the one note a paper has) keep the first's alone,
     * the second counted as not restored ({@code notes too long together}).
     */
    private static PaperState united(PaperState first, PaperState next, List<String> refused) {
        String note = first.note();
        if (note.isEmpty()) {
            note = next.note();
        } else if (next.hasNote() && !("\n\n" + note + "\n\n").contains("\n\n" + next.note() + "\n\n")) {
            String joined = note + "\n\n" + next.note();
            if (joined.codePointCount(0, joined.length()) <= PaperState.MAX_NOTE_LENGTH) {
                note = joined;
            } else {
                refused.add("notes too long together");
            }
        }
        return first.unitedWith(next, note);
    }

    /**
     * The marks on an entry skipped as no paper (no title, a title too long, a value a record refuses): each star, read
     * mark, tag, note and not-interested mark it holds is counted as not restored, as those of a paper the library does
     * not hold are.
     */
    private static void skippedMarks(JsonNode node, List<String> refused) {
        if (node == null || !node.isObject()) {
            return;
        }
        List<String> marks = new ArrayList<>();
        int kept = state(node, marks).markCount(); // and in marks, one for each it would have refused anyway
        for (int i = kept + marks.size(); i > 0; i--) {
            refused.add(SKIPPED_ENTRY);
        }
    }

    /** The element that carries the marks belonging to no paper: {@code {"paperfeed":"marks", …}}. */
    private static boolean isMarks(JsonNode node) {
        return node != null && node.isObject() && node.get("paperfeed") != null && node.get("id") == null;
    }

    private static void marks(JsonNode node, List<MuteRule> rules, List<SavedSearch> searches, List<String> refused) {
        for (JsonNode rule : list(node.get("muteRules"))) {
            Optional<String> query = text(rule.get("query"));
            if (query.isEmpty()) {
                refused.add("mute rule without a query");
            } else if (query.get().length() > MAX_QUERY_LENGTH) {
                refused.add("query too long");
            } else {
                rules.add(new MuteRule(text(rule.get("id")).orElse("m0"), query.get()));
            }
        }
        for (JsonNode search : list(node.get("savedSearches"))) {
            Optional<String> name = text(search.get("name"));
            if (name.isPresent() && search.get("query") != null && search.get("query").isString()) {
                searches.add(new SavedSearch(name.get(), search.get("query").stringValue()));
            } else {
                refused.add("saved search without a name or query");
            }
        }
    }

    private static Optional<Paper> paper(JsonNode node, ParseContext context) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        Optional<String> title = text(node.get("title"));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> rawId = text(node.get("id"));
        // arXiv id over DOI over title id, as the library ranks them; a DOI field beats a t- id written before it.
        Optional<String> doi = text(node.get("doi")).flatMap(Doi::parse)
                .or(() -> rawId.filter(v -> v.startsWith(PaperId.DOI_PREFIX)).flatMap(Doi::parse));
        PaperId id = rawId.flatMap(PaperId::parseArxiv)
                .or(() -> doi.map(PaperId::fromDoi))
                .or(() -> rawId.filter(v -> v.startsWith(PaperId.TITLE_PREFIX)).map(PaperId::new))
                .orElseGet(() -> PaperId.fromTitle(title.get()));
        String source = text(node.get("source")).orElse(context.sourceName());
        PaperExtras extras = new PaperExtras(text(node.get("version")).orElse(null), github(node.get("github")),
                text(node.get("projectPage")).orElse(null), text(node.get("aiSummary")).orElse(null),
                strings(node.get("aiKeywords")), text(node.get("organization")).orElse(null));
        return Optional.of(new Paper(id, title.get(), text(node.get("abstract")).orElse(""),
                strings(node.get("authors")), day(node.get("published")), source, links(node.get("links")),
                HfDailyJsonParser.count(node.get("upvotes")), strings(node.get("categories")),
                listings(node.get("listings")), extras, doi.orElse(null)));
    }

    /**
     * The marks on one paper; a tag or note this version would refuse to journal is dropped, never the paper, and its
     * reason added to {@code refused}.
     */
    private static PaperState state(JsonNode node, List<String> refused) {
        Set<String> tags = new HashSet<>();
        for (String tag : strings(node.get("tags"))) {
            try {
                tags.add(PaperState.checkedTag(tag));
            } catch (IllegalArgumentException e) {
                // not a tag this version can keep
                refused.add(tag.strip().codePointCount(0, tag.strip().length()) > PaperState.MAX_TAG_LENGTH
                        ? "tag too long" : "tag not valid");
            }
        }
        String note = "";
        String written = text(node.get("note")).orElse("");
        try {
            note = PaperState.checkedNote(written);
        } catch (IllegalArgumentException e) {
            // too long or with control characters: left out
            refused.add(written.strip().codePointCount(0, written.strip().length()) > PaperState.MAX_NOTE_LENGTH
                    ? "note too long" : "note not valid");
        }
        return new PaperState(flag(node.get("starred")), flag(node.get("read")), tags, flag(node.get("notInterested")),
                note);
    }

    private static boolean flag(JsonNode node) {
        return node != null && node.isBoolean() && node.booleanValue();
    }

    private static List<PaperLink> links(JsonNode node) {
        List<PaperLink> links = new ArrayList<>();
        for (JsonNode link : list(node)) {
            Optional<String> url = text(link.get("url"));
            if (url.isPresent()) {
                links.add(new PaperLink(linkType(text(link.get("type")).orElse("")), url.get()));
            }
        }
        return links;
    }

    private static LinkType linkType(String name) {
        try {
            return LinkType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LinkType.OTHER;
        }
    }

    private static List<Listing> listings(JsonNode node) {
        List<Listing> listings = new ArrayList<>();
        for (JsonNode listing : list(node)) {
            Optional<String> source = text(listing.get("source"));
            LocalDate day = day(listing.get("day"));
            if (source.isPresent() && day != null) {
                Integer rank = HfDailyJsonParser.count(listing.get("rank"));
                listings.add(new Listing(source.get(), day, rank != null && rank > 0 ? rank : null,
                        HfDailyJsonParser.count(listing.get("upvotes")),
                        HfDailyJsonParser.count(listing.get("commentCount")), false));
            }
        }
        return listings;
    }

    private static GithubRepo github(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return text(node.get("url")).map(url -> new GithubRepo(url, HfDailyJsonParser.count(node.get("stars"))))
                .orElse(null);
    }

    private static LocalDate day(JsonNode node) {
        Optional<String> text = text(node);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : list(node)) {
            if (value.isString() && !value.stringValue().isBlank()) {
                values.add(value.stringValue());
            }
        }
        return values;
    }

    private static List<JsonNode> list(JsonNode node) {
        return node != null && node.isArray() ? List.copyOf(node.values()) : List.of();
    }

    /** A string value; anything else (a number, null, an object) is no value. */
    private static Optional<String> text(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isBlank() ? Optional.of(node.stringValue())
                : Optional.empty();
    }
}
