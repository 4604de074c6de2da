package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexNotFoundException;
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.ListingCounts;
import org.paperfeed.model.MutePreview;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.TagCount;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Json;
import org.paperfeed.support.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's library: every paper ever seen, searchable, with the user's marks on them.
 *
 * <p>The marks live in the {@link UserStateStore}; the Lucene index mirrors them so they can be searched, and
 * records in each commit how far into the store it got, so a crash between the two is repaired on the next open.
 * All writes go through this class and are serialised on it: the index has exactly one writer.
 */
public final class PaperLibrary implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaperLibrary.class);
    private static final String INDEX = "index";
    private static final String JOURNAL = "user-state.jsonl";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final LibraryLock lock;
    private final PaperIndex index;
    private final UserStateStore states;
    private final PaperSearcher searches;
    private final Clock clock;
    private Path setAside;
    /** Why a library opened as its writer is read-only after all (written by a newer PaperFeed); null otherwise. */
    private String tooNew;
    /** Why the library's folder cannot be written ({@link ReadOnlyFolder}); null when it can. */
    private String unwritable;
    private SchemaMigration.Migrated migrated;
    private JournalRecovery journalRecovery;
    /**
     * The index's copy of the marks is behind the journal and could not be brought up to it on open (a full disk):
     * reading works from the journal meanwhile, and the next change catches the index up first.
     */
    private boolean mirrorPending;
    /** For you's document-frequency tables ({@link DocFreqTables}), made on first use. */
    private DocFreqTables docFreqTables;
    /**
     * Opened by {@link #openReadingFirst} and its writer not opened yet: reads are served from the last commit, and
     * the first change (or {@link #finishOpening}) opens the writer first.
     */
    private volatile boolean writerPending;

    private PaperLibrary(Path folder, LibraryLock lock, PaperIndex index, UserStateStore states, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.index = index;
        this.states = states;
        this.clock = clock;
        this.searches = new PaperSearcher(index, states, new PaperQueryParser(clock));
    }

    /**
     * Opens (or creates) the library kept in {@code folder}, as its one writer.
     *
     * @throws LibraryLockedException another process has it open
     * @throws DamagedIndexException  the index's files are damaged: {@link #openSettingAsideIndex} rebuilds it
     */
    public static PaperLibrary open(Path folder, Clock clock) throws IOException {
        Optional<String> unwritable = ReadOnlyFolder.why(folder);
        if (unwritable.isPresent()) {
            return openUnwritable(folder, clock, unwritable.get());
        }
        Files.createDirectories(folder);
        LibraryLock lock;
        try {
            lock = LibraryLock.acquire(folder);
        } catch (FileSystemException e) {
            // The lock file cannot be made: a read-only mount the first check did not see (or a folder made so since).
            Optional<String> now = ReadOnlyFolder.why(folder);
            if (now.isPresent()) {
                return openUnwritable(folder, clock, now.get());
            }
            throw e;
        }
        return openLocked(folder, clock, lock);
    }

    /**
     * Opens the library as {@link #open} does, but when nothing needs writing before it can be read (no migration, no
     * journal to repair or catch up, no index to rebuild), serves reads from the last commit through a read-only
     * reader and opens the {@code IndexWriter} later: on {@link #finishOpening}, or before the first change, which
     * waits for it. The library's lock is taken at once, as {@link #open} takes it, so no other process can write
     * meanwhile (a second start still finds the library held). Any library that needs a write on open (recovery,
     * migration, a journal ahead of the index, a new or empty index) takes {@link #open}'s path unchanged. For the
     * window's start, where opening the writer (its index sort, the near-real-time reader) delays the first rows.
     */
    public static PaperLibrary openReadingFirst(Path folder, Clock clock) throws IOException {
        if (ReadOnlyFolder.why(folder).isPresent() || !Files.isDirectory(folder)) {
            return open(folder, clock);
        }
        LibraryLock lock;
        try {
            lock = LibraryLock.acquire(folder);
        } catch (FileSystemException e) {
            return open(folder, clock);
        }
        PaperLibrary library;
        try {
            library = readingFirst(folder, clock, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return library != null ? library : openLocked(folder, clock, lock);
    }

    /** The library with its writer pending, or null when opening it must write first (then nothing was changed). */
    private static PaperLibrary readingFirst(Path folder, Clock clock, LibraryLock lock) throws IOException {
        Path journal = folder.resolve(JOURNAL);
        // On two cores the index's files are opened while the journal is read (most of which is setting up Jackson).
        CompletableFuture<PaperIndex> opening = IndexOpener.start(folder.resolve(INDEX));
        UserStateStore written;
        try {
            written = UserStateStore.openReadOnly(journal);
        } catch (IOException | RuntimeException e) {
            IndexOpener.discard(opening);
            throw e;
        }
        PaperIndex index = IndexOpener.await(opening);
        if (index == null) {
            // No index yet, or a damaged one: the writable open creates it, or reports the damage its own way.
            return null;
        }
        if (written.isNewerFormat()) {
            index.close();
            return null;
        }
        try {
            if (index.openedSchema() != PaperIndex.SCHEMA_VERSION || index.needsMigration() || index.size() == 0
                    || written.lastSeq() != index.committedStateSeq()
                    || !JournalRebuild.isSound(journal, index, written) || marksUnderFormerIds(index, written)
                    || !tagsToUpgrade(written).isEmpty()) {
                index.close();
                return null;
            }
            PaperLibrary library = new PaperLibrary(folder, lock, index, written, clock);
            library.writerPending = true;
            return library;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Whether a mark is kept under a paper's former id while the index knows the paper by a better one (an
     * interrupted move): {@link #mirrorState} moves it, which writes; read-only, the same test it makes.
     */
    private static boolean marksUnderFormerIds(PaperIndex index, UserStateStore states) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            for (PaperId id : states.all().keySet()) {
                if (id.isArxiv() || index.contains(searcher, PaperFields.ID, id.value())) {
                    continue;
                }
                if (markMovedTo(index, searcher, states, id).isPresent()) {
                    return true;
                }
            }
            return false;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The paper that the marks kept under {@code formerId} belong to now: the one the index knows by a better id that
     * holds no marks yet (a move the last run did not finish); empty when there is none to move them to.
     */
    private static Optional<StoredPaper> markMovedTo(PaperIndex index, IndexSearcher searcher, UserStateStore states,
                                                     PaperId formerId) throws IOException {
        return PaperMatcher.findByFormerId(index, searcher, formerId)
                .filter(renamed -> states.get(renamed.paper().id()).isUntouched());
    }

    /**
     * Opens the writer of a library opened by {@link #openReadingFirst}, and does what {@link #open} does after it
     * (the journal made appendable, compacted if due; the mute rules and saved searches copied into the next
     * commit). Nothing when the writer is open already, or the library is read-only. Every change calls it first.
     */
    public synchronized void finishOpening() throws IOException {
        if (!writerPending) {
            return;
        }
        index.openWriter();
        if (UserStateStore.writable(states) != states) {
            throw new IllegalStateException("the journal was reopened as another store");
        }
        writerPending = false;
        mirrorMuteRules();
        mirrorSavedSearches();
        mirrorStateOnOpen();
    }

    /** True while reads are served from the last commit and the writer is not open yet ({@link #openReadingFirst}). */
    public boolean writerPending() {
        return writerPending;
    }

    /**
     * A library whose folder cannot be written: shown as last saved, never written (no lock, no repair, no
     * migration on disk), each change refused with {@link LibraryReadOnlyException}.
     */
    private static PaperLibrary openUnwritable(Path folder, Clock clock, String why) throws IOException {
        // Info, not a warning: the window and the CLI say it once, in their own words (readOnlyReason).
        LOG.info("{} {}: opening it read-only", folder, why);
        PaperLibrary library;
        try {
            library = openReadOnly(folder, clock);
        } catch (LibraryLockedException e) {
            throw new IOException("the library in " + folder + " " + why + " and has no saved index to show", e);
        }
        library.unwritable = why;
        return library;
    }

    /**
     * Opens the library with a new, empty index, the damaged one moved to {@code index.damaged-<time>} beside it (kept
     * for a bug report, and read once for the papers of its intact segments, {@link #salvageSetAsideIndex}). The marks
     * are untouched; the caller adds the kept digests back and then calls {@link #reapplyMarks()}.
     */
    public static PaperLibrary openSettingAsideIndex(Path folder, Clock clock) throws IOException {
        Files.createDirectories(folder);
        LibraryLock lock = LibraryLock.acquire(folder);
        Path aside = null;
        try {
            Path damaged = folder.resolve(INDEX);
            if (Files.exists(damaged)) {
                aside = folder.resolve(INDEX + ".damaged-" + STAMP.format(clock.instant()));
                for (int n = 2; Files.exists(aside); n++) {
                    aside = folder.resolve(INDEX + ".damaged-" + STAMP.format(clock.instant()) + "-" + n);
                }
                Files.move(damaged, aside);
                DurableFiles.syncDirectory(folder);
                LOG.warn("Moved the damaged index {} aside to {}", damaged, aside);
            }
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        PaperLibrary library = openLocked(folder, clock, lock);
        library.setAside = aside;
        return library;
    }

    /**
     * A read-only view of a library another process has open: its last commit and its journal as last written.
     * Searching and reading work; {@link #add} and {@link #updateState} throw {@link LibraryLockedException}.
     *
     * @throws LibraryLockedException when the other process has not saved anything yet, so there is nothing to read
     */
    public static PaperLibrary openReadOnly(Path folder, Clock clock) throws IOException {
        PaperIndex index;
        try {
            index = PaperIndex.openReadOnly(folder.resolve(INDEX));
        } catch (IndexNotFoundException e) {
            throw new LibraryLockedException(folder, e);
        }
        try {
            UserStateStore states = UserStateStore.openReadOnly(folder.resolve(JOURNAL));
            if (index.needsRewrite()) {
                index = SchemaMigration.inMemory(index, states, clock.getZone());
            }
            return new PaperLibrary(folder, null, index, states, clock);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static PaperLibrary openLocked(Path folder, Clock clock, LibraryLock lock) throws IOException {
        String tooNew = null;
        PaperIndex index = null;
        UserStateStore states = null;
        JournalRecovery journalRecovery = null;
        try {
            // Read first without writing: a damaged journal is set aside exactly as it was found.
            UserStateStore written = UserStateStore.openReadOnly(folder.resolve(JOURNAL));
            if (written.isNewerFormat()) {
                tooNew = "journal format " + written.formatVersion() + ", this version reads up to "
                        + JournalEntry.FORMAT_VERSION;
            } else {
                index = PaperIndex.open(folder.resolve(INDEX));
                if (index.openedSchema() > PaperIndex.SCHEMA_VERSION) {
                    tooNew = "index schema " + index.openedSchema() + ", this version reads up to "
                            + PaperIndex.SCHEMA_VERSION;
                } else {
                    journalRecovery = JournalRebuild.ifDamaged(folder.resolve(JOURNAL), index, written,
                            STAMP.format(clock.instant()));
                }
                // A rebuilt journal is a new file to read; a sound one was read already.
                states = journalRecovery != null ? UserStateStore.open(folder.resolve(JOURNAL))
                        : UserStateStore.writable(written);
            }
            if (tooNew == null) {
                PaperLibrary library = new PaperLibrary(folder, lock, index, states, clock);
                if (journalRecovery != null) {
                    library.journalRecovery = new JournalRecovery(journalRecovery.problem(),
                            journalRecovery.setAside(), states.markedPapers(), states.muteRules().size());
                    // Info, not a warning: the window and the CLI say it once, in their own words. A missing
                    // journal left no file to keep (setAside is null), which the log said as "is null".
                    LOG.info("The marks journal was damaged ({}); rebuilt {} and {} from the index; {}",
                            journalRecovery.problem(), Plural.of(library.journalRecovery.marks(), "marked paper"),
                            Plural.of(library.journalRecovery.muteRules(), "mute rule"),
                            journalRecovery.setAside() == null ? "there was no file to keep"
                                    : "the damaged file was kept as " + journalRecovery.setAside());
                }
                library.mirrorMuteRules();
                library.mirrorSavedSearches();
                if (index.needsMigration()) {
                    library.migrated = SchemaMigration.migrate(index, states, clock.getZone());
                }
                library.upgradeInvisibleTags();
                library.mirrorStateOnOpen();
                return library;
            }
        } catch (IOException | RuntimeException e) {
            try (lock; UserStateStore journal = states) {
                if (index != null) {
                    index.close();
                }
            }
            throw e;
        }
        try (lock; UserStateStore journal = states) {
            if (index != null) {
                index.close();
            }
        }
        return openTooNew(folder, clock, tooNew);
    }

    /** A library written by a newer PaperFeed: shown as it is, never written (not even repaired or migrated). */
    private static PaperLibrary openTooNew(Path folder, Clock clock, String what) throws IOException {
        LOG.warn("{}: {}", folder, LibraryTooNewException.message(what));
        PaperLibrary library;
        try {
            library = openReadOnly(folder, clock);
        } catch (LibraryLockedException e) {
            throw new LibraryTooNewException(folder, what);
        }
        library.tooNew = what;
        return library;
    }

    /**
     * Why a change cannot be made, as the end of a one-line message: open in another process, written by a newer
     * PaperFeed, on read-only media. Empty when the library is writable.
     */
    public Optional<String> writeRefusal() {
        if (unwritable != null) {
            return Optional.of("the library " + unwritable + "; it cannot be changed");
        }
        if (tooNew != null) {
            return Optional.of("the library was written by a newer version of PaperFeed (" + tooNew + "); this "
                    + "version can only read it");
        }
        return isReadOnly() ? Optional.of("the library is open in another PaperFeed process; close it and try again")
                : Optional.empty();
    }

    /**
     * True for a view opened with {@link #openReadOnly}, a library written by a newer PaperFeed, or one whose folder
     * cannot be written.
     */
    public boolean isReadOnly() {
        return lock == null;
    }

    /**
     * Whether this open made the index: there was none (a new library, or one whose index was deleted), as against
     * one that is there and empty.
     */
    public boolean openedWithoutIndex() {
        return index.openedNew();
    }

    /**
     * Why this library is read-only, as one line for the user: written by a newer PaperFeed, or open in another
     * process. Empty when it is writable.
     */
    public Optional<String> readOnlyReason() {
        if (tooNew != null) {
            return Optional.of(LibraryTooNewException.message(tooNew));
        }
        if (unwritable != null) {
            return Optional.of(ReadOnlyFolder.message(unwritable));
        }
        return isReadOnly() ? Optional.of("the library is open in another PaperFeed process; showing it as last saved")
                : Optional.empty();
    }

    /** The schema the index was migrated from on this open, if it was. */
    public Optional<Integer> migratedFromSchema() {
        return Optional.ofNullable(migrated).map(SchemaMigration.Migrated::fromSchema);
    }

    /** The marks journal was damaged and rebuilt from the index on this open, if it was. */
    public Optional<JournalRecovery> recoveredJournal() {
        return Optional.ofNullable(journalRecovery);
    }

    /** Where {@link #openSettingAsideIndex} moved the damaged index, if it did. */
    public Optional<Path> setAsideIndex() {
        return Optional.ofNullable(setAside);
    }

    private void requireWritable() throws IOException {
        if (tooNew != null) {
            throw new LibraryTooNewException(folder, tooNew);
        }
        if (unwritable != null) {
            throw new LibraryReadOnlyException(folder, unwritable);
        }
        if (isReadOnly()) {
            throw new LibraryLockedException(folder, null);
        }
        finishOpening();
        if (index.reopenIfStopped()) {
            // A merge on Lucene's thread failed (a full disk) and closed the writer; the new one is on the last
            // commit, so the changes since are caught up from the journal below.
            mirrorPending = true;
        }
        if (mirrorPending) {
            mirrorState(false);
            mirrorPending = false;
        }
    }

    /**
     * Makes the tags an older version journaled with invisible characters in them (a zero-width space pasted from a
     * web page) the tags they look like, merged with a tag of that name, in one journal batch: {@code list --tag ml}
     * and {@code tag:ml} did not find {@code m}-zero-width-space-{@code l}, which looked like {@code ml} everywhere.
     * Journaled rather than rewritten on replay, so the index, which mirrors each tag as a term, is brought up to the
     * journal as after any change ({@link #mirrorStateOnOpen}), and an older version reads the entry as it reads any
     * change of marks. Opening must work without writing: when the journal refuses (a full disk), the tags stay as
     * they are and the next open tries again.
     */
    private void upgradeInvisibleTags() {
        Map<PaperId, PaperState> upgraded = tagsToUpgrade(states);
        if (upgraded.isEmpty()) {
            return;
        }
        try {
            states.putAll(upgraded);
            LOG.info("{}: the tags of {} held invisible characters (written by an older version); made the tags they "
                    + "look like", folder, Plural.of(upgraded.size(), "paper"));
        } catch (IOException e) {
            LOG.info("{}: the tags of {} that hold invisible characters could not be made the tags they look like "
                    + "yet ({}); tried again on the next open", folder, Plural.of(upgraded.size(), "paper"),
                    e.getMessage());
        }
    }

    /** The marks whose tags {@link PaperState#withVisibleTags} changes, changed. */
    private static Map<PaperId, PaperState> tagsToUpgrade(UserStateStore states) {
        Map<PaperId, PaperState> upgraded = new LinkedHashMap<>();
        states.all().forEach((id, state) -> {
            PaperState visible = state.withVisibleTags();
            if (!visible.equals(state)) {
                upgraded.put(id, visible);
            }
        });
        return upgraded;
    }

    /**
     * Opening must work without writing, so a library on a full disk can still be read: when the index cannot be
     * brought up to the journal now, it is rolled back and caught up before the next change. Until then searches by
     * mark ({@code is:starred}, {@code tag:}) may miss the marks the index has not got; every paper shows its
     * journaled marks.
     */
    private void mirrorStateOnOpen() throws IOException {
        try {
            mirrorState(false);
        } catch (IOException e) {
            LOG.warn("{}: the index's copy of the marks could not be brought up to date ({}); reading works, and it "
                    + "is retried before the next change", folder, e.getMessage());
            index.rollback();
            mirrorMuteRules();
            mirrorPending = true;
        }
    }

    /**
     * Adds a digest's papers in one commit: all of them or, on failure, none. A paper already in the library
     * (same arXiv id, else same normalised title) is completed, never duplicated, and keeps the user's marks.
     */
    public synchronized AddResult add(List<Paper> papers) throws IOException {
        requireWritable();
        Map<String, Paper> incoming = new java.util.LinkedHashMap<>();
        for (Paper paper : papers) {
            incoming.merge(PaperMatcher.key(paper), paper, Paper::mergedWith);
        }
        List<Paper> unique = new ArrayList<>(incoming.values());
        // The index's own order, and one instant for the whole batch (its tie-break after the date): the documents
        // then reach Lucene sorted, which spares it re-sorting each in-memory segment it writes (see WriteTurns).
        unique.sort(PaperDocuments.IN_INDEX_ORDER);
        Instant added = clock.instant();
        Map<PaperId, PaperId> renames = new java.util.concurrent.ConcurrentHashMap<>();
        int[] counts = null;
        long generation = index.lastCommitGeneration();
        IndexSearcher searcher = index.acquire();
        try {
            boolean titleOnlyPapers = index.mayHoldTitleOnlyPapers(searcher);
            // Each thread flushes a buffer as it finishes, so the segments are written on every core rather than
            // one after another by the commit below (which was a quarter of an import's CPU).
            counts = BatchWriters.run(unique, (paper, turn) -> addOne(paper, turn, added, searcher, titleOnlyPapers,
                    renames), index::flushOneBuffer);
            index.commit(states.lastSeq());
        } catch (IOException | RuntimeException e) {
            IOException refused = rolledBack(e);
            // The commit can fail after writing its commit point (a merge out of room closed the writer as it
            // finished): the reopened index then holds the papers, and refusing the import would tell the importer
            // they were not saved while the library shows them (and it would forget their digest).
            if (counts == null || index.lastCommitGeneration() <= generation) {
                throw refused;
            }
            LOG.warn("{}: the import is saved; its commit reported a failure after it was written ({})", folder,
                    e.getMessage());
            mirrorPending = true;
        } finally {
            index.release(searcher);
        }
        if (!renames.isEmpty()) {
            // The index has the papers under their better ids, with their marks, from the commit above; the journal
            // follows it here (not first, as a change of marks does: marks journaled under an id the index does not
            // hold yet would show on no paper after a crash, while marks under a former id are found and moved on
            // the next open, markMovedTo). So this cannot be taken back, and need not be: the papers are saved.
            try {
                for (Map.Entry<PaperId, PaperId> rename : renames.entrySet()) {
                    states.rename(rename.getKey(), rename.getValue());
                }
                index.commit(states.lastSeq());
            } catch (IOException | RuntimeException e) {
                // A full disk, or a merge that ran out of room and closed the writer. Refusing the import here told
                // the importer its papers were not saved (it forgot their digest, so a rebuild lost papers the library
                // showed) while they were. What is left is caught up before the next change or on the next open: a
                // move of marks the journal refused is made then, and the index is brought up to the journal.
                LOG.warn("{}: the import is saved; the move of the marks of {} to {} new {} is finished before the "
                        + "next change or on the next open ({})", folder, Plural.of(renames.size(), "paper"),
                        renames.size() == 1 ? "its" : "their", Plural.noun(renames.size(), "id"), e.getMessage());
                mirrorPending = true;
            }
        }
        return new AddResult(counts[0], counts[1], incoming.size() - counts[0] - counts[1]);
    }

    /**
     * Writes one paper of a batch whose papers are distinct (one per {@link PaperMatcher#key}); papers are written on
     * {@link BatchWriters}' threads into the one writer, which is thread-safe, each handed over on its {@code turn}.
     */
    private BatchWriters.Outcome addOne(Paper paper, WriteTurns.Turn turn, Instant added, IndexSearcher searcher,
                                        boolean titleOnlyPapers, Map<PaperId, PaperId> renames) throws IOException {
        Optional<StoredPaper> existing = PaperMatcher.findExisting(index, searcher, paper, titleOnlyPapers);
        if (existing.isEmpty()) {
            // Not in the last commit, and the batch holds it once: nothing to replace.
            index.addNew(turn.inOrder(PaperDocuments.toDocument(paper, stateOf(paper.id(), paper), added)));
            return BatchWriters.Outcome.ADDED;
        }
        Paper before = existing.get().paper();
        Paper merged = before.mergedWith(paper);
        if (merged.equals(before)) {
            return BatchWriters.Outcome.UNCHANGED;
        }
        if (!merged.id().equals(before.id())) {
            index.delete(before.id());
            renames.put(before.id(), merged.id());
        }
        index.put(merged.id(), turn.inOrder(PaperDocuments.toDocument(merged, stateOf(before.id(), before),
                existing.get().added())));
        return BatchWriters.Outcome.UPDATED;
    }

    /**
     * The state kept for a paper under its id, or under an id it had before a better one was known (its title id, its
     * DOI id) if a re-keying was interrupted.
     */
    private PaperState stateOf(PaperId id, Paper paper) {
        return formerState(states, id, paper);
    }

    /** See {@link #stateOf}; shared with {@link SchemaMigration}. */
    static PaperState formerState(UserStateStore states, PaperId id, Paper paper) {
        PaperState state = states.get(id);
        if (state.isUntouched()) {
            state = states.get(PaperId.fromTitle(paper.title()));
        }
        if (state.isUntouched() && paper.doi() != null && !id.isDoi()) {
            state = states.get(PaperId.fromDoi(paper.doi()));
        }
        return state;
    }

    public Optional<LibraryPaper> get(PaperId id) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return index.find(searcher, PaperFields.ID, id.value())
                    .or(() -> PaperMatcher.findByFormerIdQuietly(index, searcher, id))
                    .map(stored -> stored.withState(states.get(stored.paper().id())));
        } finally {
            index.release(searcher);
        }
    }

    /** Changes the user's marks on a paper; durable when this returns. */
    public synchronized LibraryPaper updateState(PaperId id, UnaryOperator<PaperState> change)
            throws IOException, PaperNotFoundException {
        requireWritable();
        LibraryPaper current = get(id).orElseThrow(() -> new PaperNotFoundException(id.value()));
        PaperState next = change.apply(current.state());
        if (next.equals(current.state())) {
            return current;
        }
        IndexChange mirror = mirroring(current, next);
        long seq = states.put(current.id(), next);
        mirrorOrTakeBack(() -> {
            mirror.apply();
            index.commit(seq);
        });
        return new LibraryPaper(current.paper(), next, current.added());
    }

    /**
     * Changes the marks of several papers as one journal batch (one write, one fsync): after a crash or a refused
     * write, all of them changed or none. Every id is resolved first; if any names no paper, nothing changes.
     *
     * @return each paper as it is now and its state before the change, by the id it is known by, in the order asked;
     *         give {@link StatesChanged#previous} to {@link #restoreStates} to undo
     * @throws PaperNotFoundException naming every unknown id
     */
    public synchronized StatesChanged updateStates(Collection<PaperId> ids, UnaryOperator<PaperState> change)
            throws IOException, PaperNotFoundException {
        requireWritable();
        Map<PaperId, LibraryPaper> papers = resolve(ids);
        Map<PaperId, PaperState> previous = new LinkedHashMap<>();
        Map<PaperId, PaperState> next = new LinkedHashMap<>();
        papers.forEach((id, paper) -> {
            previous.put(id, paper.state());
            next.put(id, change.apply(paper.state()));
        });
        return new StatesChanged(writeStates(papers, next), previous);
    }

    /**
     * What {@link #updateStates} did: each paper as it is now and each one's state before, by the id it is known by,
     * in the order asked. The papers are the ones the change read, so the caller need not read them again (300 stored
     * documents, a second time, for "mark all read").
     */
    public record StatesChanged(List<LibraryPaper> papers, Map<PaperId, PaperState> previous) {
    }

    /**
     * Puts papers' states back as they were (the undo of {@link #updateStates}), as one journal batch. Ids that no
     * longer name a paper are skipped.
     *
     * @return the papers as they are now, in the order of {@code previous}
     */
    public synchronized List<LibraryPaper> restoreStates(Map<PaperId, PaperState> previous) throws IOException {
        requireWritable();
        Map<PaperId, LibraryPaper> papers = new LinkedHashMap<>();
        Map<PaperId, PaperState> next = new LinkedHashMap<>();
        for (Map.Entry<PaperId, PaperState> e : previous.entrySet()) {
            Optional<LibraryPaper> paper = get(e.getKey());
            if (paper.isPresent()) {
                papers.put(paper.get().id(), paper.get());
                next.put(paper.get().id(), e.getValue());
            }
        }
        return writeStates(papers, next);
    }

    private Map<PaperId, LibraryPaper> resolve(Collection<PaperId> ids) throws IOException, PaperNotFoundException {
        Map<PaperId, LibraryPaper> papers = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (PaperId id : ids) {
            Optional<LibraryPaper> paper = get(id);
            if (paper.isPresent()) {
                papers.putIfAbsent(paper.get().id(), paper.get());
            } else if (!unknown.contains(id.value())) {
                unknown.add(id.value());
            }
        }
        if (!unknown.isEmpty()) {
            throw new PaperNotFoundException(unknown);
        }
        return papers;
    }

    /**
     * Journals the states that differ as one line, then mirrors them in the index in one commit: a change of the read
     * mark alone as a doc-value update ({@link #mirroring}), so "mark all read" indexes no document again. Returns the
     * papers with their new states, in order.
     */
    private List<LibraryPaper> writeStates(Map<PaperId, LibraryPaper> papers, Map<PaperId, PaperState> next)
            throws IOException {
        Map<PaperId, PaperState> changed = new LinkedHashMap<>();
        List<LibraryPaper> now = new ArrayList<>(next.size());
        next.forEach((id, state) -> {
            LibraryPaper paper = papers.get(id);
            if (!state.equals(paper.state())) {
                changed.put(id, state);
            }
            now.add(new LibraryPaper(paper.paper(), state, paper.added()));
        });
        if (changed.isEmpty()) {
            return now;
        }
        List<IndexChange> mirrors = new ArrayList<>(changed.size());
        changed.forEach((id, state) -> mirrors.add(mirroring(papers.get(id), state)));
        long seq = states.putAll(changed);
        mirrorOrTakeBack(() -> {
            for (IndexChange mirror : mirrors) {
                mirror.apply();
            }
            index.commit(seq);
        });
        return now;
    }

    /**
     * How the index is given a paper's new marks, to be committed by the caller. When only the read mark changed and
     * the paper's document holds the marks it had ({@code paper.state()}, journaled under its id), that one doc value
     * is set in place ({@link PaperIndex#setRead}). Indexing each whole document again (title, abstract and features
     * analysed, a new segment flushed, fsynced and merged) was most of marking a day's 300 papers read on the
     * 144,468-paper library: 1.4 s (median; 7 s the first time) and 0.47 s of CPU, now 0.42 s and 0.07 s.
     * Any other change, or marks the document took from a former id ({@link #formerState}), writes the document again.
     * Decided before the new marks are journaled, while the journal still holds the ones the document was written
     * with.
     */
    private IndexChange mirroring(LibraryPaper paper, PaperState next) {
        PaperState before = paper.state();
        if (before.withRead(next.read()).equals(next) && before.equals(stateOf(paper.id(), paper.paper()))) {
            return () -> index.setRead(paper.id(), next.read());
        }
        return () -> index.put(paper.id(), PaperDocuments.toDocument(paper.paper(), next, paper.added()));
    }

    /** How many documents the index was given to write since the library was opened (tests: a read mark is none). */
    long documentsWritten() {
        return index.documentsWritten();
    }

    /** A change to the index that mirrors the journal entry just appended. */
    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    /**
     * Mirrors the entry just journaled in the index; if the index refuses (a full disk: the short journal line fit
     * where the index's new files did not), the entry is taken back from the journal and the index rolled back, so
     * the change is refused whole and never comes back on a later open.
     */
    private void mirrorOrTakeBack(IndexChange change) throws IOException {
        try {
            change.apply();
        } catch (IOException | RuntimeException failure) {
            Exception e = failure;
            Optional<IOException> stopped = failure instanceof IOException ? Optional.empty() : index.stoppedBy();
            if (stopped.isPresent()) {
                // Lucene's "this writer hit an unrecoverable error" becomes the failure that closed the writer. A merge
                // on Lucene's own thread may have closed it after requireWritable looked (Lucene marks the writer a
                // moment after the merge fails): on a new writer the index catches up with the journal, this change
                // included, and the change stands unless that fails too.
                stopped.get().addSuppressed(failure);
                e = stopped.get();
                try {
                    index.reopenIfStopped();
                    mirrorState(false);
                    return;
                } catch (IOException | RuntimeException again) {
                    e = again instanceof IOException ? again : e;
                    if (e != again) {
                        e.addSuppressed(again);
                    }
                }
            }
            try {
                states.undoLast();
            } catch (IOException | RuntimeException suppressed) {
                // It stays journaled: the index catches up with it on a later open.
                e.addSuppressed(suppressed);
                mirrorPending = true;
            }
            try {
                // The rollback keeps the commit data set since the last commit: set it again from the journal as it
                // is now, or the next commit would record the rule or search just taken back.
                index.rollback();
                mirrorMuteRules();
                mirrorSavedSearches();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Rolls the index back to its last commit after a failed write, and returns what to throw: the failure itself, or,
     * when it was Lucene refusing a writer it had closed after a failure of its own (a merge that ran out of room),
     * that failure ({@link PaperIndex#stoppedBy}), so the user reads "No space left on device", not "this writer hit
     * an unrecoverable error".
     */
    private IOException rolledBack(Exception failure) throws IOException {
        Optional<IOException> stopped = index.stoppedBy();
        try {
            index.rollback();
        } catch (IOException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
        if (failure instanceof IOException io) {
            return io;
        }
        if (stopped.isPresent()) {
            stopped.get().addSuppressed(failure);
            return stopped.get();
        }
        throw (RuntimeException) failure;
    }

    /** The mute rules, oldest first. */
    public List<MuteRule> muteRules() {
        return states.muteRules();
    }

    /**
     * Adds a mute rule: durable when this returns, under an id never used before ({@code m1}, {@code m2}…).
     *
     * @throws QuerySyntaxException the query is not valid search syntax (or too long); nothing is saved
     */
    public synchronized MuteRule addMuteRule(String query) throws IOException, QuerySyntaxException {
        requireWritable();
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            throw new QuerySyntaxException("a mute rule needs a query");
        }
        new PaperQueryParser(clock).parse(text);
        MuteRule rule = states.addMuteRule(text);
        mirrorOrTakeBack(() -> {
            mirrorMuteRules();
            index.commit(states.lastSeq());
        });
        return rule;
    }

    /** Removes a mute rule; false (and nothing saved) when no rule has that id. */
    public synchronized boolean removeMuteRule(String id) throws IOException {
        requireWritable();
        if (!states.removeMuteRule(id)) {
            return false;
        }
        mirrorOrTakeBack(() -> {
            mirrorMuteRules();
            index.commit(states.lastSeq());
        });
        return true;
    }

    /** Copies the mute rules into the index's commit data, so the index alone can give them back. */
    private void mirrorMuteRules() {
        List<MuteRule> rules = states.muteRules();
        index.setCommitValue(PaperIndex.MUTE_RULES, Json.FILES.writeValueAsString(rules));
        index.setCommitValue(PaperIndex.NEXT_MUTE_RULE, Long.toString(states.nextMuteRule()));
    }

    /**
     * Sets a paper's note (empty: removes it); durable when this returns. The text is checked first
     * ({@link PaperState#checkedNote}).
     *
     * @throws IllegalArgumentException the note is too long or holds control characters; nothing is saved
     */
    public synchronized LibraryPaper setNote(PaperId id, String text) throws IOException, PaperNotFoundException {
        String note = PaperState.checkedNote(text);
        return updateState(id, state -> state.withNote(note));
    }

    /**
     * Deletes papers from the index in one commit (all of them or, on failure, none). Their marks stay in the journal,
     * harmless: a mark names a paper by id and applies again should the paper ever come back. Unknown ids are skipped.
     * The caller removes what could bring them back (a kept digest) first or after, as it must.
     *
     * @return how many of {@code ids} named a paper and were deleted
     */
    public synchronized int remove(Collection<PaperId> ids) throws IOException {
        requireWritable();
        int removed = 0;
        try {
            for (PaperId id : ids) {
                Optional<LibraryPaper> paper = get(id);
                if (paper.isPresent()) {
                    index.delete(paper.get().id());
                    removed++;
                }
            }
            index.commit(states.lastSeq());
        } catch (IOException | RuntimeException e) {
            throw rolledBack(e);
        }
        return removed;
    }

    /** The saved searches, in the order they were saved. */
    public List<SavedSearch> savedSearches() {
        return states.savedSearches();
    }

    /**
     * Saves a search under its name, replacing one of the same name (any case); durable when this returns.
     *
     * @throws QuerySyntaxException the query is not valid search syntax (or too long); nothing is saved
     * @throws IllegalArgumentException the name is empty, too long or holds control characters
     */
    public synchronized SavedSearch saveSearch(String name, String query) throws IOException, QuerySyntaxException {
        requireWritable();
        SavedSearch search = new SavedSearch(SavedSearch.checkedName(name), query == null ? "" : query.strip());
        if (!search.query().isEmpty()) {
            new PaperQueryParser(clock).parse(search.query());
        }
        states.saveSearch(search);
        commitSavedSearches();
        return search;
    }

    /** Removes a saved search by name (any case); false (and nothing saved) when there is none. */
    public synchronized boolean removeSavedSearch(String name) throws IOException {
        requireWritable();
        if (!states.removeSearch(name)) {
            return false;
        }
        commitSavedSearches();
        return true;
    }

    /**
     * Carries the saved searches an older version kept in its preferences file into the journal, once per library:
     * false when that was done before (then nothing changes, whatever {@code searches} holds).
     */
    public synchronized boolean carrySavedSearches(List<SavedSearch> searches) throws IOException {
        requireWritable();
        if (states.searchesCarried()) {
            return false;
        }
        states.carrySearches(searches);
        commitSavedSearches();
        return true;
    }

    /** True once {@link #carrySavedSearches} was done for this library (or it cannot be, being read-only). */
    public boolean savedSearchesCarried() {
        return isReadOnly() || states.searchesCarried();
    }

    /**
     * Adds marks restored from a backup as one journal batch (and one line for their notes): a star, read or
     * not-interested mark set in {@code marks} is set, tags are added, a note is taken when the paper has none.
     * Nothing a paper holds is taken away. Ids that name no paper are skipped, and returned so the caller can say so.
     *
     * @return how many papers gained a mark, and the ids that named no paper
     */
    public synchronized MarksAdded addMarks(Map<PaperId, PaperState> marks) throws IOException {
        requireWritable();
        Map<PaperId, LibraryPaper> papers = new LinkedHashMap<>();
        Map<PaperId, PaperState> next = new LinkedHashMap<>();
        List<PaperId> notFound = new ArrayList<>();
        for (Map.Entry<PaperId, PaperState> e : marks.entrySet()) {
            Optional<LibraryPaper> paper = get(e.getKey());
            if (paper.isEmpty()) {
                notFound.add(e.getKey());
                continue;
            }
            PaperState have = next.getOrDefault(paper.get().id(), paper.get().state());
            PaperState add = e.getValue();
            PaperState merged = have.unitedWith(add, have.hasNote() ? have.note() : PaperState.checkedNote(add.note()));
            papers.put(paper.get().id(), paper.get());
            next.put(paper.get().id(), merged);
        }
        int changed = (int) next.entrySet().stream().filter(e -> !e.getValue().equals(papers.get(e.getKey()).state()))
                .count();
        writeStates(papers, next);
        return new MarksAdded(changed, notFound);
    }

    /**
     * Mirrors the saved-search entry just journaled in the index's commit data, as a change of marks is: if the index
     * refuses, the entry is taken back and the change refused with the cause, so a search the user was told was not
     * saved (or removed) is not saved (or removed) on the next open either.
     */
    private void commitSavedSearches() throws IOException {
        mirrorOrTakeBack(() -> {
            mirrorSavedSearches();
            index.commit(states.lastSeq());
        });
    }

    /**
     * Copies the saved searches into the index's commit data, so the index alone can give them back. With none saved
     * and none carried in, no list is recorded (a journal rebuilt from an empty one would count the carrying done),
     * and one recorded before is dropped: its searches were removed since, or taken back after the index refused them.
     */
    private void mirrorSavedSearches() {
        if (states.searchesCarried() || !states.savedSearches().isEmpty()) {
            index.setCommitValue(PaperIndex.SAVED_SEARCHES, Json.FILES.writeValueAsString(states.savedSearches()));
        } else {
            index.removeCommitValue(PaperIndex.SAVED_SEARCHES);
        }
    }

    public SearchResults search(LibraryQuery request) throws QuerySyntaxException, IOException {
        return searches.search(request);
    }

    /**
     * The titles and snippets {@code request}'s search gives these papers, marked as its hits are, in the order
     * asked; papers the library no longer holds are left out. For the rows a list scrolls to after the search.
     */
    public List<PaperSnippet> snippets(LibraryQuery request, List<PaperId> ids)
            throws QuerySyntaxException, IOException {
        return searches.snippets(request, ids);
    }

    /**
     * The exact number of papers a view or search holds (the query's order, offset and limit ignored): what the
     * sidebar shows beside each feed. Remembered until the next commit, so asking again after nothing changed costs
     * no search.
     */
    public long count(LibraryQuery request) throws QuerySyntaxException, IOException {
        return searches.count(request);
    }

    /**
     * How many of {@code ids} the view or search {@code request} holds now (its order, offset and limit ignored): a
     * list that loaded those papers pages on from there, as some may have left the view since (read, unstarred).
     */
    public long countAmong(LibraryQuery request, java.util.Collection<PaperId> ids)
            throws QuerySyntaxException, IOException {
        return searches.countAmong(request, ids);
    }

    /** "Did you mean" for a search of the whole library: {@link #didYouMean(String, java.util.function.Function)}. */
    public Optional<String> didYouMean(String query) throws IOException {
        return didYouMean(query, text -> new LibraryQuery(text, org.paperfeed.model.PaperFilter.NONE,
                org.paperfeed.model.SortOrder.RELEVANCE, 1, 0));
    }

    /**
     * "Did you mean": for a search that found nothing, what was typed with each plain word no paper has as written
     * replaced by the nearest word the library holds, when the search it makes ({@code searched}: a view's days,
     * filter and feed around the typed text) finds papers ({@link SpellingSuggestion}); empty otherwise, and for a
     * search that does not parse. Reads the index's dictionaries: not for a UI thread.
     */
    public Optional<String> didYouMean(String typed, java.util.function.Function<String, LibraryQuery> searched)
            throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return new SpellingSuggestion().correct(typed, searcher.getIndexReader(),
                    text -> searches.count(searched.apply(text)));
        } finally {
            index.release(searcher);
        }
    }

    /** How many {@link #count} calls searched the index rather than answered from memory (for tests). */
    long viewCountSearches() {
        return searches.viewCountSearches();
    }

    /**
     * Every listing day with papers, newest first, with its distinct papers and unread papers in all and per source,
     * counted after hiding: papers marked not interested, and papers one of {@code muteRules} matches unless kept.
     */
    public List<DayCount> days(List<MuteRule> muteRules) throws IOException {
        return searches.days(muteRules);
    }

    /**
     * {@link #days}, with every ISO week and month with papers counted the same way in the same pass: distinct
     * papers, so a paper listed on two days of a week counts once in the week.
     */
    public ListingCounts listingCounts(List<MuteRule> muteRules) throws IOException {
        return searches.listingCounts(muteRules);
    }

    /**
     * The latest listing day with papers after hiding (the first of {@link #days}, found without counting every day);
     * empty when no paper that is not hidden has a listing day.
     */
    public Optional<LocalDate> latestDay(List<MuteRule> muteRules) throws IOException {
        return searches.latestDay(muteRules);
    }

    /** The id of every paper the query matches (its offset and limit ignored), in no particular order. */
    public List<PaperId> ids(LibraryQuery request) throws QuerySyntaxException, IOException {
        return searches.ids(request);
    }

    /**
     * How many papers a new mute rule with this query would hide that are neither hidden already (not interested, or
     * muted by one of {@code muteRules}) nor kept (starred or tagged), and how many it matches at all.
     */
    public MutePreview mutePreview(String query, List<MuteRule> muteRules) throws QuerySyntaxException, IOException {
        return searches.mutePreview(query, muteRules);
    }

    /**
     * Papers whose titles and abstracts share the most distinctive words with this one, best first; empty for an
     * unknown id.
     */
    public List<LibraryPaper> related(PaperId id, int limit) throws IOException {
        return searches.related(id, limit);
    }

    /**
     * Which of a paper's authors {@code queryText} matches, by their place in its author list (folded, phrases
     * strictly, as a search matches them); empty when none does, or for an unknown id.
     */
    public java.util.Set<Integer> authorsMatched(PaperId id, String queryText)
            throws QuerySyntaxException, IOException {
        return searches.authorsMatched(id, queryText);
    }

    /**
     * A paper's whole abstract with what {@code queryText} matches in it marked, exactly as a search matches (stems,
     * phrases); plain when nothing in it matches, empty for an unknown id.
     */
    public Optional<HighlightedText> highlightAbstract(PaperId id, String queryText)
            throws QuerySyntaxException, IOException {
        return searches.highlightAbstract(id, queryText);
    }

    /**
     * Every paper the user marked (starred, tagged, read or not interested) with its marks, from the journal's state
     * in memory: no search.
     */
    public Map<PaperId, PaperState> marks() {
        return states.all();
    }

    /**
     * How many papers the journal has marks for (a star, a tag, a read or not-interested mark, a note) that the index
     * does not hold, under their id or one they had before: papers whose digests are no longer kept, as after an
     * index rebuilt without an arXiv snapshot. Their marks stay in the journal and come back when the paper is
     * imported again, but no search, list or export has the paper to show them on ({@link #reapplyMarks} counts the
     * same after a rebuild).
     */
    public int markedPapersNotHeld() throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            int missing = 0;
            for (Map.Entry<PaperId, PaperState> e : states.all().entrySet()) {
                PaperId id = e.getKey();
                if (!e.getValue().isUntouched() && !index.contains(searcher, PaperFields.ID, id.value())
                        && (id.isArxiv() || PaperMatcher.findByFormerId(index, searcher, id).isEmpty())) {
                    missing++;
                }
            }
            return missing;
        } finally {
            index.release(searcher);
        }
    }

    /** For you's features on the last commit; the caller closes it (see {@link PaperFeatures}). */
    public PaperFeatures features() throws IOException {
        return new PaperFeatures(index, docFreqTables());
    }

    /** The index segments' document-frequency tables, beside the index; written only by a writable library. */
    private synchronized DocFreqTables docFreqTables() {
        if (docFreqTables == null) {
            // Asked at each write: a library opened reading first learns only later whether it is too new.
            docFreqTables = new DocFreqTables(folder.resolve(DocFreqTables.FOLDER),
                    () -> !isReadOnly() && tooNew == null && unwritable == null);
        }
        return docFreqTables;
    }

    /** Every tag in use, most used first. */
    public List<TagCount> tags() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<PaperId, PaperState> e : states.all().entrySet()) {
            e.getValue().tags().forEach(tag -> counts.merge(tag, 1, Integer::sum));
        }
        return counts.entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::tag))
                .toList();
    }

    public int size() throws IOException {
        return index.size();
    }

    /**
     * Whether any paper in the index came from {@code source} or was listed by it (what {@code source:} matches): a
     * seek in the index's terms, cheap enough for every open to ask it of each imported file that is not kept.
     */
    public boolean holdsPapersFrom(String source) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return index.contains(searcher, PaperFields.SOURCE, PaperDocuments.lower(source));
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Puts every paper's marks from the journal back on its index document, after {@link #openSettingAsideIndex} and
     * the kept digests were added again.
     *
     * @return how many marked papers are not in the index (their digests are no longer kept); their marks stay in
     *         the journal and return when the paper is imported again
     */
    public synchronized int reapplyMarks() throws IOException {
        requireWritable();
        return mirrorState(true);
    }

    /**
     * Brings the index's copy of the marks up to the store after a crash between the two (or everything when
     * {@code force}), and re-attaches marks stored under a former id (a title id, a DOI id) to the paper's better id
     * if the rename was interrupted, or the index was re-keyed without the journal (a migration, a rebuild). Returns
     * how many marked papers the index lacks.
     */
    private int mirrorState(boolean force) throws IOException {
        long committed = index.committedStateSeq();
        boolean behind = force || states.lastSeq() > committed;
        IndexSearcher searcher = index.acquire();
        int repaired = 0;
        int missing = 0;
        try {
            for (Map.Entry<PaperId, PaperState> e : states.all().entrySet()) {
                Optional<StoredPaper> stored = index.find(searcher, PaperFields.ID, e.getKey().value());
                if (stored.isEmpty() && !e.getKey().isArxiv()) {
                    Optional<StoredPaper> renamed = markMovedTo(index, searcher, states, e.getKey());
                    if (renamed.isPresent()) {
                        states.rename(e.getKey(), renamed.get().paper().id());
                        stored = renamed;
                        behind = true;
                    }
                }
                if (stored.isEmpty() && !e.getValue().isUntouched()) {
                    missing++;
                }
                if (behind && stored.isPresent()) {
                    Paper paper = stored.get().paper();
                    index.put(paper.id(), PaperDocuments.toDocument(paper, e.getValue(), stored.get().added()));
                    repaired++;
                }
            }
        } finally {
            index.release(searcher);
        }
        if (behind) {
            index.commit(states.lastSeq());
            LOG.info("Re-applied the marks of {} papers to the index", repaired);
        }
        return missing;
    }

    /**
     * Marks the index as being rebuilt from the kept digests, with a commit: until {@link #finishRebuild}, every open
     * finds it in {@link #unfinishedRebuild}, so a rebuild that stops part-way (a kill, a full disk) is done again
     * rather than its part taken for the library.
     *
     * @param why what the rebuild is for, said again if it has to be done again
     */
    public synchronized void startRebuild(String why) throws IOException {
        requireWritable();
        index.setCommitValue(PaperIndex.REBUILDING, why);
        if (setAside != null) {
            index.setCommitValue(PaperIndex.REBUILDING_FROM, setAside.getFileName().toString());
        }
        index.commit(states.lastSeq());
    }

    /**
     * Adds the papers of the intact segments of the damaged index this rebuild set aside ({@link IndexSalvage}), with
     * their first-seen times, in one commit; their marks come back with {@link #reapplyMarks}. On failure nothing is
     * added and the failure is thrown.
     */
    public synchronized Salvaged salvageSetAsideIndex() throws IOException {
        requireWritable();
        Optional<String> from = index.commitValue(PaperIndex.REBUILDING_FROM);
        Path damaged = from.map(folder::resolve).filter(Files::isDirectory).orElse(null);
        if (damaged == null) {
            return Salvaged.NOTHING;
        }
        boolean empty = size() == 0;
        try {
            Salvaged salvaged = IndexSalvage.withIntactSegments(damaged, intact -> {
                if (empty) {
                    // Lucene copies the segments as they are: no paper analysed again (on 144,468 papers, one segment
                    // damaged, this took 90 s paper by paper). Their marks are the damaged index's, caught up below.
                    return index.addIndexes(intact);
                }
                // A rebuild done again finds the papers it read back the first time: they are replaced, not doubled.
                return IndexSalvage.read(intact, stored -> {
                    Paper paper = stored.paper();
                    index.put(paper.id(), PaperDocuments.toDocument(paper, stateOf(paper.id(), paper),
                            stored.added()));
                });
            });
            index.commit(states.lastSeq());
            if (empty && salvaged.papers() > 0) {
                markAsJournaled();
            }
            return salvaged;
        } catch (IOException | RuntimeException e) {
            throw rolledBack(e);
        }
    }

    /**
     * Puts the journal's marks on the papers whose documents carry other marks: documents brought across whole from a
     * damaged index carry its marks, which may be behind the journal (a change journaled, the index not yet caught up,
     * when it was damaged), and {@link #reapplyMarks} only visits the papers the journal marks.
     */
    private void markAsJournaled() throws IOException {
        IndexSearcher searcher = index.acquire();
        boolean changed = false;
        try {
            for (Map.Entry<PaperId, IndexedMarks.Marked> marked : IndexedMarks.read(searcher).entrySet()) {
                PaperId id = marked.getKey();
                Optional<StoredPaper> stored = index.find(searcher, PaperFields.ID, id.value());
                if (stored.isEmpty()) {
                    continue;
                }
                PaperState journaled = stateOf(id, stored.get().paper());
                if (!journaled.equals(marked.getValue().state())) {
                    index.put(id, PaperDocuments.toDocument(stored.get().paper(), journaled, stored.get().added()));
                    changed = true;
                }
            }
        } finally {
            index.release(searcher);
        }
        if (changed) {
            index.commit(states.lastSeq());
        }
    }

    /**
     * What {@link #salvageSetAsideIndex} read back.
     *
     * @param papers            the papers of the damaged index's intact segments, now in the library
     * @param inDamagedSegments the papers its damaged segments held: lost, unless a kept digest or an import brings
     *                          them back
     */
    public record Salvaged(int papers, int inDamagedSegments) {
        /** Nothing read back: no damaged index set aside, or none of its segments readable. */
        public static final Salvaged NOTHING = new Salvaged(0, 0);
    }

    /** Ends what {@link #startRebuild} started, with a commit: the index is the library again. */
    public synchronized void finishRebuild() throws IOException {
        requireWritable();
        index.removeCommitValue(PaperIndex.REBUILDING);
        index.removeCommitValue(PaperIndex.REBUILDING_FROM);
        index.commit(states.lastSeq());
    }

    /** Why a rebuild was started that has not finished (see {@link #startRebuild}); empty when none. */
    public Optional<String> unfinishedRebuild() {
        return index.commitValue(PaperIndex.REBUILDING);
    }

    /**
     * Waits for the merges the writes so far have started, merges the small segments left into one, and keeps them
     * with a commit: for a bulk import, whose last batches start merges that would otherwise still be running when the
     * process ends, and be thrown away. Marks written meanwhile are not held up: the wait is outside the library's
     * lock. A merge, or the commit that keeps it, that fails (a full disk) loses nothing, the import's batches being
     * committed already: it is logged, not thrown.
     */
    public void keepMerges() throws IOException {
        Exception failed = null;
        try {
            index.finishBulkMerges();
        } catch (IOException | IllegalStateException e) {
            // IllegalStateException: Lucene closed the writer after the merge failed; the next change reopens it.
            failed = e;
        }
        try {
            synchronized (this) {
                index.commitMerges();
            }
        } catch (IOException | IllegalStateException e) {
            // IllegalStateException: the failed merge closed the writer after forceMerge returned (Lucene marks the
            // writer after it tells the waiting thread), so the commit finds it closed ("cannot commit").
            failed = failed == null ? e : failed;
        }
        if (failed != null) {
            // Once: a full disk fails the merge and then the commit of the merges done before it, and the same line
            // twice on the terminal says nothing more.
            mergesNotKept(failed);
        }
    }

    private void mergesNotKept(Exception e) {
        // The cause's words: Lucene's own message lists every segment of the merge, thousands of characters.
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        LOG.warn("{}: the index's last merges failed ({}); the papers are saved, searches may be slower until the "
                + "next merge", folder, cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    @Override
    public synchronized void close() throws IOException {
        // A writer not opened yet never will be: a background finishOpening after this finds nothing to do.
        writerPending = false;
        try (LibraryLock held = lock; states) {
            index.close();
        }
    }
}
