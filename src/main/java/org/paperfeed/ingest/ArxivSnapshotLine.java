package org.paperfeed.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperfeed.model.Doi;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.support.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of the arXiv metadata snapshot, read with Jackson's streaming parser: only the fields PaperFeed keeps are
 * turned into strings (the {@code doi} of the journal version among them), everything else ({@code comments},
 * {@code license}, {@code journal-ref}…) is skipped.
 *
 * <p>The limits are those of the other JSON formats, applied to each line: a line is one paper, so a line that
 * breaks them is one unusable paper, not an unusable file.
 */
final class ArxivSnapshotLine {

    /** A line is one paper; the longest real ones (thousands of authors) stay far below this. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private static final JsonMapper MAPPER = Json.bounded(MAX_LINE_BYTES);

    /** Why a line gave no paper. */
    static final class Unusable extends Exception {
        Unusable(String reason, Throwable cause) {
            super(reason, cause, false, false);
        }
    }

    private ArxivSnapshotLine() {
    }

    /** The paper on a line; empty for a blank line; {@link Unusable} for a line that is not a paper. */
    static Optional<Paper> read(byte[] bytes, int length, ParseContext context) throws Unusable {
        Fields fields = new Fields();
        try (JsonParser json = MAPPER.createParser(bytes, 0, length)) {
            JsonToken first = json.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            if (first != JsonToken.START_OBJECT) {
                throw new Unusable("not a JSON object", null);
            }
            String name;
            while ((name = json.nextName()) != null) {
                json.nextToken();
                switch (name) {
                    case "id" -> fields.id = scalar(json);
                    case "title" -> fields.title = scalar(json);
                    case "abstract" -> fields.abstractText = scalar(json);
                    case "authors" -> fields.authors = scalar(json);
                    case "authors_parsed" -> fields.authorsParsed = authorsParsed(json);
                    case "categories" -> fields.categories = scalar(json);
                    case "versions" -> fields.versions = versions(json);
                    case "update_date" -> fields.updateDate = scalar(json);
                    case "doi" -> fields.doi = scalar(json);
                    default -> json.skipChildren();
                }
            }
            if (json.nextToken() != null) {
                throw new Unusable("more than one JSON value on the line", null);
            }
        } catch (JacksonException e) {
            throw new Unusable(e.getOriginalMessage(), e);
        }
        return Optional.of(fields.toPaper(context));
    }

    private static final class Fields {
        String id;
        String title;
        String abstractText;
        String authors;
        List<String> authorsParsed;
        String categories;
        VersionList versions = VersionList.NONE;
        String updateDate;
        /** The journal version's DOI: kept as the paper's DOI, while its id stays the arXiv id. */
        String doi;

        Paper toPaper(ParseContext context) throws Unusable {
            PaperId paperId = PaperId.parseArxiv(id).orElseThrow(() -> new Unusable("no arXiv id", null));
            String cleanTitle = CleanText.normalize(title);
            if (cleanTitle.isEmpty()) {
                throw new Unusable("no title", null);
            }
            List<String> names = authorsParsed != null && !authorsParsed.isEmpty() ? authorsParsed : split(authors);
            LocalDate listed = Dates.parse(updateDate);
            if (listed == null) {
                listed = date(versions.latestCreated());
            }
            // A snapshot is sorted by id, not by how a day's listing ordered its papers: no rank to give.
            Listing listing = Listing.daily(context.sourceName(), listed != null ? listed : context.today(), null, null,
                    null);
            return new Paper(paperId, cleanTitle, CleanText.normalize(abstractText), names,
                    date(versions.firstCreated()), context.sourceName(), ArxivLinks.of(paperId), null,
                    words(categories),
                    List.of(listing), ArxivVersion.extras(versions.latest()), Doi.parse(doi).orElse(null));
        }
    }

    /**
     * What a record's {@code versions} say: when the first was created (the paper's published date), and the latest
     * version with its date (the one whose title and abstract the record carries).
     */
    private record VersionList(String firstCreated, String latest, String latestCreated) {
        static final VersionList NONE = new VersionList(null, null, null);
    }

    /** A string, number or boolean as text; null for anything else (which is skipped). */
    private static String scalar(JsonParser json) {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_STRING || token.isNumeric() || token.isBoolean()) {
            return json.getString();
        }
        json.skipChildren();
        return null;
    }

    /** {@code [[last, first, suffix], …]} as {@code "first last suffix"}. */
    private static List<String> authorsParsed(JsonParser json) {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return null;
        }
        List<String> names = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (json.currentToken() != JsonToken.START_ARRAY) {
                json.skipChildren();
                continue;
            }
            List<String> parts = new ArrayList<>(3);
            while (json.nextToken() != JsonToken.END_ARRAY) {
                String part = scalar(json);
                parts.add(part == null ? "" : part);
            }
            String name = parts.isEmpty() ? "" : CleanText.normalize(String.join(" ",
                    parts.size() > 1 ? parts.get(1) : "", parts.get(0), parts.size() > 2 ? parts.get(2) : ""));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The {@code created} date of version {@code v1} (else of the first listed), and the highest-numbered version:
     * arXiv lists them in order, but a record that does not is still read right.
     */
    private static VersionList versions(JsonParser json) {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return VersionList.NONE;
        }
        String first = null;
        String v1 = null;
        String latest = null;
        int latestNumber = -1;
        String latestCreated = null;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (json.currentToken() != JsonToken.START_OBJECT) {
                json.skipChildren();
                continue;
            }
            String version = null;
            String created = null;
            String name;
            while ((name = json.nextName()) != null) {
                json.nextToken();
                switch (name) {
                    case "version" -> version = scalar(json);
                    case "created" -> created = scalar(json);
                    default -> json.skipChildren();
                }
            }
            first = first == null ? created : first;
            v1 = "v1".equals(version) ? created : v1;
            int number = versionNumber(version);
            if (number > 0 && number >= latestNumber) {
                latest = "v" + number;
                latestNumber = number;
                latestCreated = created;
            }
        }
        return new VersionList(v1 != null ? v1 : first, latest, latestCreated);
    }

    /** 2 for "v2"; 0 for a label that is not a version. */
    private static int versionNumber(String version) {
        if (version == null || !version.matches("(?i)v\\d{1,4}")) {
            return 0;
        }
        return Integer.parseInt(version.substring(1));
    }

    /** arXiv writes {@code Mon, 2 Apr 2007 19:18:42 GMT}; any other form goes through the lenient parser. */
    private static LocalDate date(String created) {
        if (created == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(created.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return Dates.parse(created);
        }
    }

    /** The {@code authors} string when {@code authors_parsed} is missing: names split on commas and "and". */
    private static List<String> split(String authors) {
        if (authors == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : CleanText.normalize(authors).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("\\s+"));
    }
}
