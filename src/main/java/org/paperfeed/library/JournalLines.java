package org.paperfeed.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.library.JournalEntry.Batch;
import org.paperfeed.library.JournalEntry.Format;
import org.paperfeed.library.JournalEntry.Kept;
import org.paperfeed.library.JournalEntry.MuteAdded;
import org.paperfeed.library.JournalEntry.MuteRemoved;
import org.paperfeed.library.JournalEntry.NotesSet;
import org.paperfeed.library.JournalEntry.SearchRemoved;
import org.paperfeed.library.JournalEntry.SearchSaved;
import org.paperfeed.library.JournalEntry.SearchesCarried;
import org.paperfeed.library.JournalEntry.PaperMark;
import org.paperfeed.library.JournalEntry.Rename;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.support.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journal's line format: one JSON object per line with a {@code type}. Lines of format 1 (before types) are
 * still read: a paper's state, or a move of it ({@code renamedTo}).
 *
 * <pre>
 * {"type":"format","version":2,"seq":120,"nextMuteRule":3}
 * {"type":"paper","seq":121,"id":"2403.01234","starred":true,"read":false,"tags":["ml"],"notInterested":false}
 * {"type":"rename","seq":122,"id":"t-…","to":"2403.01234"}
 * {"type":"batch","seq":123,"papers":[{"id":"2403.01234","starred":true,…},…]}
 * {"type":"mute-add","seq":124,"id":"m3","query":"title:survey"}
 * {"type":"mute-remove","seq":125,"id":"m3"}
 * {"type":"note","seq":126,"id":"2403.01234","text":"Compare with §3 of …"}
 * {"type":"notes","seq":127,"notes":[{"id":"2403.01234","text":"…"},{"id":"2403.05678","text":""}]}
 * {"type":"search-save","seq":128,"name":"Diffusion","query":"title:diffusion"}
 * {"type":"search-remove","seq":129,"name":"Diffusion"}
 * {"type":"search-import","seq":130,"searches":[{"name":"SSM","query":"mamba OR ssm"}]}
 * </pre>
 *
 * Anything else, or a known type this code refuses to apply, is {@link Kept} as written. A known type whose value is
 * of the wrong JSON type ({@code "read":7}, {@code "tags":"ml"}, {@code "id":null}) is garbled, not another
 * version's line: it is read as a line that is not JSON at all is, without its number, so the number it skips tells
 * the journal it is damaged ({@link UserStateStore#damage}), and the index's word is taken rather than a guess.
 */
final class JournalLines {

    private static final JsonMapper JSON = Json.FILES;

    private JournalLines() {
    }

    /** Reads one line; never throws: what it cannot apply comes back as {@link Kept}. */
    static JournalEntry parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return new Kept(line, 0);
        }
        if (node == null || !node.isObject()) {
            return new Kept(line, 0);
        }
        long seq = longOr(node, "seq", 0);
        try {
            JsonNode type = node.get("type");
            if (type == null) {
                return formatOne(node, seq);
            }
            switch (type.isString() ? type.stringValue() : "") {
                case "format":
                    return new Format(requireInt(node, "version"), seq, longOr(node, "nextMuteRule", 1));
                case "paper":
                    return new PaperMark(seq, id(node, "id"), state(node));
                case "rename":
                    return new Rename(seq, id(node, "id"), id(node, "to"));
                case "batch":
                    return batch(node, seq);
                case "mute-add":
                    return new MuteAdded(seq, new MuteRule(text(node, "id"), text(node, "query")));
                case "mute-remove":
                    return new MuteRemoved(seq, text(node, "id"));
                case "note":
                    return new NotesSet(seq, Map.of(id(node, "id"), note(node)));
                case "notes":
                    return notes(node, seq);
                case "search-save":
                    return new SearchSaved(seq, search(node));
                case "search-remove":
                    return new SearchRemoved(seq, text(node, "name"));
                case "search-import":
                    return searchesCarried(node, seq);
                default:
                    return new Kept(line, seq);
            }
        } catch (WrongType e) {
            return new Kept(line, 0);
        } catch (IllegalArgumentException | NullPointerException | JacksonException e) {
            return new Kept(line, seq);
        }
    }

    /**
     * A value of the wrong JSON type in a known entry: a garbled line (a bad disk, a hand edit), never guessed at. No
     * PaperFeed writes one, so unlike a value this version refuses (kept with its number), it counts as unreadable.
     */
    private static final class WrongType extends RuntimeException {
        WrongType(String field) {
            super(field + " has the wrong type", null, false, false);
        }
    }

    /** A line written before the journal had types: a paper's state, or a move when {@code renamedTo} is set. */
    private static JournalEntry formatOne(JsonNode node, long seq) {
        JsonNode renamedTo = node.get("renamedTo");
        if (renamedTo != null && !renamedTo.isNull()) {
            return new Rename(seq, id(node, "id"), id(node, "renamedTo"));
        }
        return new PaperMark(seq, id(node, "id"), state(node));
    }

    private static Batch batch(JsonNode node, long seq) {
        JsonNode papers = node.get("papers");
        if (papers == null) {
            throw new IllegalArgumentException("a batch without papers");
        }
        Map<PaperId, PaperState> states = new LinkedHashMap<>();
        for (JsonNode paper : objects(papers, "papers")) {
            states.put(id(paper, "id"), state(paper));
        }
        return new Batch(seq, states);
    }

    private static NotesSet notes(JsonNode node, long seq) {
        JsonNode list = node.get("notes");
        if (list == null) {
            throw new IllegalArgumentException("notes without notes");
        }
        Map<PaperId, String> notes = new LinkedHashMap<>();
        for (JsonNode one : objects(list, "notes")) {
            notes.put(id(one, "id"), note(one));
        }
        return new NotesSet(seq, notes);
    }

    /** A note as written; an older line is never refused for its length (only new notes are checked). */
    private static String note(JsonNode node) {
        return text(node, "text");
    }

    private static SavedSearch search(JsonNode node) {
        return new SavedSearch(text(node, "name"), text(node, "query"));
    }

    private static SearchesCarried searchesCarried(JsonNode node, long seq) {
        JsonNode list = node.get("searches");
        List<SavedSearch> searches = new ArrayList<>();
        if (list != null) {
            for (JsonNode one : objects(list, "searches")) {
                searches.add(search(one));
            }
        }
        return new SearchesCarried(seq, searches);
    }

    /**
     * A paper's marks. A mark left out is not set (format 1 lines may lack {@code notInterested} or {@code tags}); one
     * of the wrong type is {@link WrongType}: {@code "read":7} or {@code "read":"false"} is no answer to read or not.
     * Tags are taken as written ({@link PaperState#normaliseTag}), never rewritten by replay.
     */
    private static PaperState state(JsonNode node) {
        List<String> tags = new ArrayList<>();
        JsonNode tagNode = node.get("tags");
        if (tagNode != null) {
            if (!tagNode.isArray()) {
                throw new WrongType("tags");
            }
            for (JsonNode tag : tagNode.values()) {
                if (!tag.isString()) {
                    throw new WrongType("tags");
                }
                tags.add(tag.stringValue());
            }
        }
        return new PaperState(flag(node, "starred"), flag(node, "read"), java.util.Set.copyOf(tags),
                flag(node, "notInterested"));
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new WrongType(field);
        }
        return value.booleanValue();
    }

    /** The elements of an array of objects, or {@link WrongType}. */
    private static List<JsonNode> objects(JsonNode array, String field) {
        if (!array.isArray()) {
            throw new WrongType(field);
        }
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode one : array.values()) {
            if (!one.isObject()) {
                throw new WrongType(field);
            }
            all.add(one);
        }
        return all;
    }

    private static PaperId id(JsonNode node, String field) {
        return new PaperId(text(node, field));
    }

    /** A text value: missing is refused (the line is kept with its number), any other type is {@link WrongType}. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        if (!value.isString()) {
            throw new WrongType(field);
        }
        return value.stringValue();
    }

    /**
     * A whole number that fits a {@code long}, else {@code fallback}: a bad disk or another tool can leave a number
     * of any size in a line, and reading it must not throw (found by {@code JournalReplayFuzzTest}).
     */
    private static long longOr(JsonNode node, String field, long fallback) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : fallback;
    }

    private static int requireInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.intValue();
    }

    /** The line for an entry, without its newline; a {@link Kept} entry comes back exactly as it was read. */
    static String format(JournalEntry entry) {
        if (entry instanceof Kept kept) {
            return kept.line();
        }
        ObjectNode node = JSON.createObjectNode();
        if (entry instanceof Format f) {
            node.put("type", "format").put("version", f.version()).put("seq", f.seq())
                    .put("nextMuteRule", f.nextMuteRule());
        } else if (entry instanceof PaperMark mark) {
            node.put("type", "paper").put("seq", mark.seq());
            putState(node, mark.id(), mark.state());
        } else if (entry instanceof Rename rename) {
            node.put("type", "rename").put("seq", rename.seq()).put("id", rename.from().value())
                    .put("to", rename.to().value());
        } else if (entry instanceof Batch batch) {
            node.put("type", "batch").put("seq", batch.seq());
            ArrayNode papers = node.putArray("papers");
            batch.states().forEach((id, state) -> putState(papers.addObject(), id, state));
        } else if (entry instanceof MuteAdded added) {
            node.put("type", "mute-add").put("seq", added.seq()).put("id", added.rule().id())
                    .put("query", added.rule().query());
        } else if (entry instanceof MuteRemoved removed) {
            node.put("type", "mute-remove").put("seq", removed.seq()).put("id", removed.ruleId());
        } else if (entry instanceof NotesSet set && set.notes().size() == 1) {
            Map.Entry<PaperId, String> only = set.notes().entrySet().iterator().next();
            node.put("type", "note").put("seq", set.seq()).put("id", only.getKey().value())
                    .put("text", only.getValue());
        } else if (entry instanceof NotesSet set) {
            node.put("type", "notes").put("seq", set.seq());
            ArrayNode notes = node.putArray("notes");
            set.notes().forEach((id, text) -> notes.addObject().put("id", id.value()).put("text", text));
        } else if (entry instanceof SearchSaved saved) {
            node.put("type", "search-save").put("seq", saved.seq()).put("name", saved.search().name())
                    .put("query", saved.search().query());
        } else if (entry instanceof SearchRemoved removed) {
            node.put("type", "search-remove").put("seq", removed.seq()).put("name", removed.name());
        } else if (entry instanceof SearchesCarried carried) {
            node.put("type", "search-import").put("seq", carried.seq());
            ArrayNode searches = node.putArray("searches");
            carried.searches().forEach(s -> searches.addObject().put("name", s.name()).put("query", s.query()));
        }
        return JSON.writeValueAsString(node);
    }

    private static void putState(ObjectNode node, PaperId id, PaperState state) {
        node.put("id", id.value()).put("starred", state.starred()).put("read", state.read());
        ArrayNode tags = node.putArray("tags");
        state.tags().forEach(tags::add);
        node.put("notInterested", state.notInterested());
    }
}
