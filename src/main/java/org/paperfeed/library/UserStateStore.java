package org.paperfeed.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's marks (stars, tags, read, not interested, notes), mute rules and saved searches: an append-only journal of typed JSON lines
 * ({@link JournalLines}), each forced to disk before the change is reported done.
 *
 * <p>A journal rather than a rewritten file because a read mark happens every time a paper is opened: appending one
 * line costs the same with ten marks or fifty thousand. Each paper line carries the paper's whole state, so the last
 * one per paper wins; a change to many papers is one batch line, so a crash leaves all of it or none; a torn last
 * line (a crash mid-write, never acknowledged) is dropped. A note is a line of its own ({@code note}): paper lines never
 * carry one, and replaying a paper line keeps the paper's note. Lines this version does not understand are kept verbatim
 * and in order, through replay and compaction. A journal whose format is newer than {@link JournalEntry#FORMAT_VERSION}
 * is never written: the library opens it read-only. The journal is compacted on open once it holds many superseded
 * lines, and once when it has no format line yet (an upgrade from format 1).
 */
final class UserStateStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UserStateStore.class);
    private static final int COMPACT_BELOW = 1000;
    private static final String MUTE_PREFIX = "m";

    private final Path file;
    private final Map<PaperId, PaperState> states = new HashMap<>();
    private final Map<String, MuteRule> muteRules = new LinkedHashMap<>();
    private final List<Kept> kept = new ArrayList<>();
    /** By {@link SavedSearch#key()}, in the order saved. */
    private final Map<String, SavedSearch> savedSearches = new LinkedHashMap<>();
    /** True once the saved searches of an older version's {@code preferences.json} were carried in. */
    private boolean searchesCarried;
    private FileChannel channel;
    private long lastSeq;
    private long nextMuteRule = 1;
    private int formatVersion = 1;
    private boolean hasFormatLine;
    /** Complete lines the last replay read, and where a torn last line it left alone starts (-1: none). */
    private int replayedLines;
    /**
     * What replaying found wrong in the middle of the file, or null: entries missing between two that are there (a
     * line deleted, or garbled past reading). Replayed without them the journal silently differs from the index (a
     * garbled unstar had the paper starred again), so {@link JournalRebuild} sets such a journal aside.
     */
    private String damage;
    private long tornLineStart = -1;
    /** How to take back the last entry appended ({@link #undoLast}): the journal's size before it, and its effect. */
    private long sizeBeforeLast = -1;
    private long seqBeforeLast;
    private Runnable takeBack;

    private UserStateStore(Path file) {
        this.file = file;
    }

    /**
     * Opens the journal for appending, or read-only when a newer PaperFeed wrote it ({@link #isNewerFormat()}): such a
     * journal is not repaired, compacted or appended to.
     */
    static UserStateStore open(Path file) throws IOException {
        return open(file, DurableFiles.Opener.FILES);
    }

    /** @param opener how compaction opens its file; tests pass one whose channel writes partially or fails */
    static UserStateStore open(Path file, DurableFiles.Opener opener) throws IOException {
        UserStateStore store = new UserStateStore(file);
        int lines = store.replay(true);
        return store.finishOpening(lines, opener);
    }

    /**
     * Makes a journal just read by {@link #openReadOnly} writable, as {@link #open} would have opened it, without
     * reading it again: the library reads it first to check it against the index before anything is written. Only
     * for a file nobody else writes in between (the library holds its lock).
     */
    static UserStateStore writable(UserStateStore read) throws IOException {
        if (read.tornLineStart >= 0 && !read.isNewerFormat()) {
            read.cutTornLine(read.tornLineStart, Files.size(read.file) - read.tornLineStart);
        }
        return read.finishOpening(read.replayedLines, DurableFiles.Opener.FILES);
    }

    private UserStateStore finishOpening(int lines, DurableFiles.Opener opener) throws IOException {
        UserStateStore store = this;
        if (store.isNewerFormat()) {
            LOG.warn("{} is journal format {}, newer than this version's {}: opening it read-only", file,
                    store.formatVersion, JournalEntry.FORMAT_VERSION);
            return store;
        }
        boolean superseded = lines > COMPACT_BELOW && lines > 2 * (store.states.size() + store.kept.size());
        if (superseded || (lines > 0 && !store.hasFormatLine)) {
            store.compactQuietly(opener);
        }
        boolean created = !Files.exists(file);
        store.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (created) {
            store.append(new Format(JournalEntry.FORMAT_VERSION, 0, store.nextMuteRule));
            // A new file's name is in its folder, not in the file: without this a power cut could lose the journal.
            DurableFiles.syncDirectory(file.getParent());
        }
        return store;
    }

    /**
     * The journal as another process last wrote it, for reading only: a torn last line (that process may be writing
     * it right now) is ignored rather than cut off, and every write refuses.
     */
    static UserStateStore openReadOnly(Path file) throws IOException {
        UserStateStore store = new UserStateStore(file);
        store.replay(false);
        return store;
    }

    private int replay(boolean repairTornLine) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int lineStart = 0;
        int lines = 0;
        long previousSeq = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String text = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                if (!text.isBlank()) {
                    JournalEntry entry = JournalLines.parse(text);
                    lines++;
                    // Each entry is numbered one more than the entry before it (a compacted journal's entries
                    // share one number): a number skipped is an entry lost or garbled. A line without a number
                    // (another version's, not JSON at all, or a known entry with a value of the wrong type) is kept
                    // as it is and tells nothing.
                    if (damage == null && previousSeq > 0 && entry.seq() > previousSeq + 1) {
                        damage = entry.seq() == previousSeq + 2
                                ? "entry " + (previousSeq + 1) + " is missing or unreadable"
                                : "entries " + (previousSeq + 1) + " to " + (entry.seq() - 1)
                                        + " are missing or unreadable";
                    }
                    previousSeq = Math.max(previousSeq, entry.seq());
                    apply(entry);
                }
                lineStart = i + 1;
            }
        }
        replayedLines = lines;
        tornLineStart = lineStart < bytes.length ? lineStart : -1;
        if (lineStart < bytes.length && repairTornLine && !isNewerFormat()) {
            cutTornLine(lineStart, bytes.length - lineStart);
        }
        return lines;
    }

    private void cutTornLine(long lineStart, long length) throws IOException {
        LOG.warn("{}: dropping a torn last line of {} bytes left by an interrupted write", file, length);
        try (FileChannel truncating = FileChannel.open(file, StandardOpenOption.WRITE)) {
            truncating.truncate(lineStart);
            truncating.force(true);
        }
        tornLineStart = -1;
    }

    private void apply(JournalEntry entry) {
        lastSeq = Math.max(lastSeq, entry.seq());
        if (entry instanceof Format format) {
            hasFormatLine = true;
            formatVersion = Math.max(formatVersion, format.version());
            nextMuteRule = Math.max(nextMuteRule, format.nextMuteRule());
        } else if (entry instanceof PaperMark mark) {
            states.put(mark.id(), mark.state().withNote(noteOf(mark.id())));
        } else if (entry instanceof Batch batch) {
            batch.states().forEach((id, state) -> states.put(id, state.withNote(noteOf(id))));
        } else if (entry instanceof NotesSet set) {
            set.notes().forEach((id, text) -> states.put(id, states.getOrDefault(id, PaperState.UNTOUCHED)
                    .withNote(text)));
        } else if (entry instanceof SearchSaved saved) {
            savedSearches.put(saved.search().key(), saved.search()); // in its place, as saveSearch
        } else if (entry instanceof SearchRemoved removed) {
            savedSearches.remove(removed.name().toLowerCase(java.util.Locale.ROOT));
        } else if (entry instanceof SearchesCarried carried) {
            searchesCarried = true;
            carried.searches().forEach(search -> savedSearches.putIfAbsent(search.key(), search));
        } else if (entry instanceof Rename rename) {
            PaperState moved = states.remove(rename.from());
            if (moved != null) {
                states.put(rename.to(), moved);
            }
        } else if (entry instanceof MuteAdded added) {
            muteRules.put(added.rule().id(), added.rule());
            nextMuteRule = Math.max(nextMuteRule, ruleNumber(added.rule().id()) + 1);
        } else if (entry instanceof MuteRemoved removed) {
            muteRules.remove(removed.ruleId());
        } else if (entry instanceof Kept line) {
            LOG.debug("{}: keeping a line this version does not understand", file);
            kept.add(line);
        }
    }

    private String noteOf(PaperId id) {
        return states.getOrDefault(id, PaperState.UNTOUCHED).note();
    }

    private static long ruleNumber(String id) {
        if (id.startsWith(MUTE_PREFIX)) {
            try {
                return Long.parseLong(id.substring(MUTE_PREFIX.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Writes a journal rebuilt after damage over {@code file} (the caller has set the damaged one aside): what survived
     * of the damaged journal, overridden by the marks the index mirrors, the mute rules the index recorded, and
     * sequence numbers no lower than the index's, so the index and the new journal agree.
     *
     * @param survivor  what could still be read from the damaged journal
     * @param marks     every paper's state as the index holds it; an untouched state drops the survivor's entry
     * @param muteRules the mute rules the index's commit data holds, or null to keep the survivor's
     * @param searches  the saved searches the index's commit data holds, or null to keep the survivor's
     */
    static void writeRebuilt(Path file, UserStateStore survivor, Map<PaperId, PaperState> marks,
                             List<MuteRule> muteRules, List<SavedSearch> searches, long seq, long nextMuteRule)
            throws IOException {
        UserStateStore rebuilt = new UserStateStore(file);
        rebuilt.states.putAll(survivor.states);
        marks.forEach((id, state) -> {
            if (state.isUntouched()) {
                rebuilt.states.remove(id);
            } else {
                rebuilt.states.put(id, state);
            }
        });
        for (MuteRule rule : muteRules != null ? muteRules : survivor.muteRules()) {
            rebuilt.muteRules.put(rule.id(), rule);
        }
        for (SavedSearch search : searches != null ? searches : survivor.savedSearches()) {
            rebuilt.savedSearches.put(search.key(), search);
        }
        // Saved searches in the index's commit data were journaled, so any carrying from preferences was done.
        rebuilt.searchesCarried = survivor.searchesCarried || searches != null;
        rebuilt.kept.addAll(survivor.kept);
        rebuilt.lastSeq = Math.max(seq, survivor.lastSeq);
        rebuilt.nextMuteRule = Math.max(nextMuteRule, survivor.nextMuteRule);
        rebuilt.compact(DurableFiles.Opener.FILES);
    }

    /** How many papers carry a mark (untouched entries left by an undo are not counted). */
    synchronized int markedPapers() {
        return (int) states.values().stream().filter(state -> !state.isUntouched()).count();
    }

    /** Compaction is only a saving: if it fails (a full disk), the journal as it is stays the truth. */
    private void compactQuietly(DurableFiles.Opener opener) {
        try {
            compact(opener);
        } catch (IOException e) {
            LOG.warn("{}: could not be compacted, keeping it as it is: {}", file, e.getMessage());
        }
    }

    /**
     * Rewrites the journal as its format line, one line per paper, the live mute rules and every kept line in its
     * order, through {@link DurableFiles} (a whole temporary file, forced, then renamed over the journal).
     */
    synchronized void compact(DurableFiles.Opener opener) throws IOException {
        StringBuilder out = new StringBuilder();
        line(out, new Format(JournalEntry.FORMAT_VERSION, lastSeq, nextMuteRule));
        for (Map.Entry<PaperId, PaperState> e : states.entrySet()) {
            line(out, new PaperMark(lastSeq, e.getKey(), e.getValue()));
        }
        for (Map.Entry<PaperId, PaperState> e : states.entrySet()) {
            if (e.getValue().hasNote()) {
                line(out, new NotesSet(lastSeq, Map.of(e.getKey(), e.getValue().note())));
            }
        }
        for (MuteRule rule : muteRules.values()) {
            line(out, new MuteAdded(lastSeq, rule));
        }
        if (searchesCarried) {
            line(out, new SearchesCarried(lastSeq, List.of()));
        }
        for (SavedSearch search : savedSearches.values()) {
            line(out, new SearchSaved(lastSeq, search));
        }
        for (Kept line : kept) {
            line(out, line);
        }
        DurableFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8), opener);
        if (channel != null) {
            // The open channel still writes to the file the rename replaced.
            channel.close();
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        hasFormatLine = true;
        formatVersion = JournalEntry.FORMAT_VERSION;
        LOG.info("{}: compacted to {}, {}, {}", file, Plural.of(states.size(), "paper"),
                Plural.of(muteRules.size(), "mute rule"), Plural.of(kept.size(), "kept line"));
    }

    private static void line(StringBuilder out, JournalEntry entry) {
        out.append(JournalLines.format(entry)).append('\n');
    }

    /** True when a newer PaperFeed wrote this journal: it is read, never written. */
    boolean isNewerFormat() {
        return formatVersion > JournalEntry.FORMAT_VERSION;
    }

    int formatVersion() {
        return formatVersion;
    }

    synchronized PaperState get(PaperId id) {
        return states.getOrDefault(id, PaperState.UNTOUCHED);
    }

    synchronized Map<PaperId, PaperState> all() {
        return Collections.unmodifiableMap(new HashMap<>(states));
    }

    /** What replaying found wrong in the middle of the file, or empty (see {@link #damage}). */
    synchronized java.util.Optional<String> damage() {
        return java.util.Optional.ofNullable(damage);
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    synchronized long nextMuteRule() {
        return nextMuteRule;
    }

    synchronized List<MuteRule> muteRules() {
        return List.copyOf(muteRules.values());
    }

    /** The lines this version keeps without understanding them, in journal order. */
    synchronized List<String> keptLines() {
        return kept.stream().map(Kept::line).toList();
    }

    /**
     * Records the state durably; returns once it is on disk. A changed note is its own {@code note} line, the other
     * marks a {@code paper} line: a change of both (no use case makes one) is two lines, written as one.
     */
    synchronized long put(PaperId id, PaperState state) throws IOException {
        PaperState before = states.get(id);
        PaperState current = get(id);
        List<JournalEntry> lines = new ArrayList<>(2);
        if (!current.note().equals(state.note())) {
            lines.add(new NotesSet(lastSeq + 1, Map.of(id, state.note())));
        }
        if (lines.isEmpty() || !current.withNote(state.note()).equals(state)) {
            lines.add(new PaperMark(lastSeq + 1 + lines.size(), id, state));
        }
        append(lines);
        states.put(id, state);
        takeBack = () -> restore(id, before);
        return lastSeq;
    }

    /** Records several papers' notes (empty: removed) as one line: on disk when this returns, all or none. */
    synchronized long putNotes(Map<PaperId, String> notes) throws IOException {
        if (notes.isEmpty()) {
            return lastSeq;
        }
        Map<PaperId, String> copy = new LinkedHashMap<>(notes);
        append(List.of(new NotesSet(lastSeq + 1, copy)));
        Map<PaperId, PaperState> before = new HashMap<>();
        copy.forEach((id, text) -> before.put(id, states.put(id, get(id).withNote(text))));
        takeBack = () -> before.forEach(this::restore);
        return lastSeq;
    }

    /** Records several papers' states as one line: on disk when this returns, and after a crash all or none. */
    synchronized long putAll(Map<PaperId, PaperState> changed) throws IOException {
        if (changed.isEmpty()) {
            return lastSeq;
        }
        if (changed.size() == 1) {
            Map.Entry<PaperId, PaperState> only = changed.entrySet().iterator().next();
            return put(only.getKey(), only.getValue());
        }
        Map<PaperId, PaperState> copy = new LinkedHashMap<>(changed);
        Map<PaperId, String> notes = new LinkedHashMap<>();
        copy.forEach((id, state) -> {
            if (!get(id).note().equals(state.note())) {
                notes.put(id, state.note());
            }
        });
        List<JournalEntry> lines = new ArrayList<>(2);
        if (!notes.isEmpty()) {
            lines.add(new NotesSet(lastSeq + 1, notes));
        }
        lines.add(new Batch(lastSeq + 1 + lines.size(), copy));
        append(lines);
        Map<PaperId, PaperState> before = new HashMap<>();
        copy.forEach((id, state) -> before.put(id, states.put(id, state)));
        takeBack = () -> before.forEach(this::restore);
        return lastSeq;
    }

    /** Moves a paper's state to the id it is now known by (its arXiv id became known). */
    synchronized void rename(PaperId from, PaperId to) throws IOException {
        PaperState state = states.get(from);
        if (state == null || from.equals(to)) {
            return;
        }
        append(new Rename(lastSeq + 1, from, to));
        states.remove(from);
        PaperState replaced = states.put(to, state);
        takeBack = () -> {
            states.put(from, state);
            restore(to, replaced);
        };
    }

    /** Adds a mute rule under a new id ({@code m1}, {@code m2}…; never reused, even after removal). */
    synchronized MuteRule addMuteRule(String query) throws IOException {
        MuteRule rule = new MuteRule(MUTE_PREFIX + nextMuteRule, query);
        append(new MuteAdded(lastSeq + 1, rule));
        muteRules.put(rule.id(), rule);
        nextMuteRule++;
        // nextMuteRule is not wound back: a taken-back rule's id is skipped, never given to another rule.
        takeBack = () -> muteRules.remove(rule.id());
        return rule;
    }

    /** Removes a mute rule; false when no rule has that id. */
    synchronized boolean removeMuteRule(String id) throws IOException {
        if (!muteRules.containsKey(id)) {
            return false;
        }
        append(new MuteRemoved(lastSeq + 1, id));
        Map<String, MuteRule> before = new LinkedHashMap<>(muteRules);
        muteRules.remove(id);
        takeBack = () -> {
            muteRules.clear();
            muteRules.putAll(before);
        };
        return true;
    }

    synchronized List<SavedSearch> savedSearches() {
        return List.copyOf(savedSearches.values());
    }

    synchronized boolean searchesCarried() {
        return searchesCarried;
    }

    /**
     * Saves a search, replacing one of the same name (any case) in its place: the sidebar lists them in this order,
     * and a search the user edits under its name stays where they look for it, as a bookmark edited does. Replay
     * keeps the same order. Durable when this returns.
     */
    synchronized void saveSearch(SavedSearch search) throws IOException {
        append(new SearchSaved(lastSeq + 1, search));
        Map<String, SavedSearch> before = new LinkedHashMap<>(savedSearches);
        savedSearches.put(search.key(), search);
        takeBack = () -> restoreSearches(before);
    }

    /** Removes a saved search by name (any case); false when there is none. */
    synchronized boolean removeSearch(String name) throws IOException {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (!savedSearches.containsKey(key)) {
            return false;
        }
        append(new SearchRemoved(lastSeq + 1, savedSearches.get(key).name()));
        Map<String, SavedSearch> before = new LinkedHashMap<>(savedSearches);
        savedSearches.remove(key);
        takeBack = () -> restoreSearches(before);
        return true;
    }

    /**
     * Carries an older version's saved searches in, once: one line that also records that it was done. Names the
     * journal holds already are kept as they are. False (and nothing written) when it was done before.
     */
    synchronized boolean carrySearches(List<SavedSearch> searches) throws IOException {
        if (searchesCarried) {
            return false;
        }
        append(new SearchesCarried(lastSeq + 1, List.copyOf(searches)));
        Map<String, SavedSearch> before = new LinkedHashMap<>(savedSearches);
        searchesCarried = true;
        searches.forEach(search -> savedSearches.putIfAbsent(search.key(), search));
        takeBack = () -> {
            // Not carried after all: the next open carries them again.
            searchesCarried = false;
            restoreSearches(before);
        };
        return true;
    }

    /** Puts the saved searches back as they were, in their order (a replaced search keeps its former place). */
    private void restoreSearches(Map<String, SavedSearch> before) {
        savedSearches.clear();
        savedSearches.putAll(before);
    }

    private void append(JournalEntry entry) throws IOException {
        append(List.of(entry));
    }

    /** Appends the lines of one change in one write and one sync: after a crash, all of them or none. */
    private void append(List<JournalEntry> entries) throws IOException {
        if (channel == null) {
            throw new IOException(file + " is open read-only");
        }
        StringBuilder text = new StringBuilder();
        for (JournalEntry entry : entries) {
            text.append(JournalLines.format(entry)).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        long before = channel.size();
        takeBack = null;
        sizeBeforeLast = -1;
        try {
            DurableFiles.writeFully(channel, bytes);
            channel.force(false);
        } catch (IOException e) {
            // Refused (a full disk): cut off what got written, so the next line does not join a fragment and a
            // change reported as not saved never comes back.
            try {
                channel.truncate(before);
                channel.force(false);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        sizeBeforeLast = before;
        seqBeforeLast = lastSeq;
        for (JournalEntry entry : entries) {
            lastSeq = Math.max(lastSeq, entry.seq());
        }
    }

    /**
     * Takes back the entry appended last, on disk and in memory: the library calls it when the index refused the
     * change that entry journaled (a full disk), so a change reported as not saved never comes back. Only valid
     * straight after that append, under the library's lock.
     *
     * @throws IOException the entry could not be cut off; it stays, and the index catches up with it on a later open
     */
    synchronized void undoLast() throws IOException {
        if (takeBack == null || sizeBeforeLast < 0) {
            throw new IllegalStateException("no entry to take back");
        }
        channel.truncate(sizeBeforeLast);
        channel.force(false);
        takeBack.run();
        lastSeq = seqBeforeLast;
        takeBack = null;
        sizeBeforeLast = -1;
    }

    private void restore(PaperId id, PaperState before) {
        if (before == null) {
            states.remove(id);
        } else {
            states.put(id, before);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
