package org.paperfeed.library;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.model.PaperId;

/**
 * The Lucene index: the one {@link IndexWriter} of this process and the searchers that see its commits.
 * Writes are not thread-safe by design; {@link PaperLibrary} serialises them. A read-only index has no writer and
 * sees the last commit another process made.
 */
final class PaperIndex implements AutoCloseable {

    /** Commit user data: the last state-journal entry this commit reflects. */
    static final String STATE_SEQ = "paperfeed.stateSeq";
    /**
     * Commit user data: the layout of the documents ({@link PaperDocuments}). An index without it was written by
     * schema 1 (before listings); a lower one is migrated in place on open ({@link SchemaMigration}).
     */
    static final String SCHEMA = "paperfeed.schema";
    /**
     * The document layout this code writes. Raise it when {@link PaperDocuments} stores something new or a field is
     * analysed differently. 3: titles and abstracts indexed in their Unicode form ({@link LatexCharFilter}), For you's
     * feature field, notes, and the index sorted by paper id after the date. 4: the DOI ({@link PaperFields#DOI}), and
     * papers known by title whose links name a DOI re-keyed to it ({@link SchemaMigration}). 5: the read mark is the
     * {@link PaperFields#READ} doc value alone, changed in place ({@link #setRead}); no {@code flag:read} or
     * {@code flag:unread} term is written or read. A schema-4 document holds every field schema 5 reads, so 4 becomes 5
     * with a commit, no document rewritten ({@link #needsRewrite}); the number still changes, because a schema-4
     * PaperFeed would search the stale read terms, and must open such an index read-only.
     */
    static final int SCHEMA_VERSION = 5;
    /** The oldest schema whose documents this code reads as they are (see {@link #needsRewrite}). */
    static final int OLDEST_SCHEMA_READ_AS_IS = 4;
    /** Commit user data: the mute rules as JSON, so they can be recovered with the index alone. */
    static final String MUTE_RULES = "paperfeed.muteRules";
    /** Commit user data: the next mute rule number, so a recovered journal never reuses an id. */
    static final String NEXT_MUTE_RULE = "paperfeed.nextMuteRule";
    /** Commit user data: the saved searches as JSON, so they can be recovered with the index alone. */
    static final String SAVED_SEARCHES = "paperfeed.savedSearches";
    /**
     * Commit user data, while a rebuild from the kept digests is under way: why it was started. Every commit of the
     * rebuild carries it and the last one drops it, so an index that has it holds the digests read before the rebuild
     * stopped (a kill, a full disk), not the library.
     */
    static final String REBUILDING = "paperfeed.rebuilding";
    /** Commit user data, beside {@link #REBUILDING}: the folder of the damaged index the rebuild reads back from. */
    static final String REBUILDING_FROM = "paperfeed.rebuildingFrom";

    private static final double RAM_BUFFER_MB = 48;
    /** See {@link #mergePolicy()}. */
    private static final double FLOOR_SEGMENT_MB = 64;
    /** Lucene's own floor: the merges a commit waits for. */
    private static final long COMMIT_MERGE_MB = 2;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PaperIndex.class);

    private final Directory directory;
    private IndexWriter writer;
    /**
     * Replaced by {@link #rollback} and {@link #rewriteAll} while searches on other threads acquire from it: the swap
     * holds the write side of {@link #swapping}, every acquire the read side, so no search sees a closed manager.
     */
    private volatile SearcherManager searchers;
    private final java.util.concurrent.locks.ReadWriteLock swapping =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** What the last commit recorded (or will record): every commit writes all of it back. */
    private final Map<String, String> commitData = new HashMap<>();
    /** The schema of the last commit when this index was opened; {@link #SCHEMA_VERSION} for a new index. */
    private final int openedSchema;
    /** Whether the last commit when this index was opened is sorted as {@link #NEWEST_FIRST} (always for a new one). */
    private final boolean openedSorted;
    /** Whether there was no commit when this index was opened: it was made now (a new library, or one deleted). */
    private final boolean openedNew;
    /** Whether documents or commit values changed since the last commit; merges alone do not count. */
    private boolean changedSinceCommit;
    /** See {@link #documentsWritten}; counted on {@link BatchWriters}' threads too. */
    private final java.util.concurrent.atomic.LongAdder documentsWritten = new java.util.concurrent.atomic.LongAdder();

    private PaperIndex(Directory directory, IndexWriter writer, SearcherManager searchers) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        boolean committed = DirectoryReader.indexExists(directory);
        if (committed) {
            if (writer != null) {
                Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
                if (data != null) {
                    data.forEach(e -> commitData.put(e.getKey(), e.getValue()));
                }
            } else {
                IndexSearcher searcher = searchers.acquire();
                try {
                    commitData.putAll(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
                } finally {
                    searchers.release(searcher);
                }
            }
        }
        this.openedNew = !committed;
        this.openedSchema = !committed ? SCHEMA_VERSION : parseInt(commitData.get(SCHEMA), 1);
        this.openedSorted = sortOfCommit(directory).equals(NEWEST_FIRST);
    }

    /** Whether there was no commit when this index was opened: it was made now. */
    boolean openedNew() {
        return openedNew;
    }

    private static int parseInt(String value, int absent) {
        try {
            return value == null ? absent : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /**
     * The order of the index itself: newest first, so a date-sorted search stops after the first page of each
     * segment instead of visiting every match.
     */
    static final Sort NEWEST_FIRST = new Sort(
            new SortField(PaperFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(PaperFields.ADDED, SortField.Type.LONG, true),
            // Since schema 3: the date order's tie-break (ViewQueries.sort) is then a prefix of the index sort too.
            new SortField(PaperFields.ID_ORDER, SortField.Type.STRING));

    /**
     * The sort of the last commit's segments: Lucene opens a writer on an existing index only with the sort its
     * segments were written with, so an index of an older sort is opened with that one until the migration rewrites
     * it into a new index ({@link #rewriteAll}, {@code OpenMode.CREATE}) with {@link #NEWEST_FIRST}.
     */
    private static Sort sortOfCommit(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return NEWEST_FIRST;
        }
        for (org.apache.lucene.index.SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            Sort sort = segment.info.getIndexSort();
            if (sort != null) {
                return sort;
            }
        }
        return NEWEST_FIRST;
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        return newWriter(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    private static IndexWriter newWriter(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        Sort sort = mode == IndexWriterConfig.OpenMode.CREATE ? NEWEST_FIRST : sortOfCommit(directory);
        return new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.indexing())
                .setIndexSort(sort)
                .setOpenMode(mode)
                // Taken only while documents are buffered: a bulk import flushes fewer, larger segments.
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(mergePolicy())
                .setMergeScheduler(new QuietMergeScheduler())
                // Changes not committed are not the journal's word yet: closing throws them away (commitMerges keeps
                // the merges alone). Merges of segments under 2 MB (a mark's, a small digest's; see mergePolicy)
                // still join the commit that starts them, for up to 500 ms, so frequent small commits never pile up
                // segments; larger ones run after it.
                .setCommitOnClose(false));
    }

    /**
     * Lucene's tiered policy with its floor at {@value #FLOOR_SEGMENT_MB} MB instead of 2 (Lucene 10 raised its own to
     * 16): every segment below the floor counts as that large, so the tail of small segments an import's commits and
     * the daily refreshes leave is merged sooner. Each search pays a fixed cost per segment for each of its terms. On
     * the 1,000,000-paper library an import leaves, 27 segments (two of 1.2 and 1.5 GB, 25 of 0 to 37 MB) became 10
     * (19 with a floor of 16 MB) in 9 s of merging, and a search by date took a median of 1.7–2.0 ms instead of
     * 2.6–3.2 (raw Lucene's 17 segments 1.5–1.7 ms); imported with this floor, the library has 11 segments, and the
     * import took 577 and 607 s against 534–572 s before (its merges run beside the writing; leaving them all to the
     * end of the import took 597 s). The merges a commit waits for (up to 500 ms, see below) stay those of segments
     * under Lucene's own 2 MB.
     */
    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy() {
            @Override
            protected long maxFullFlushMergeSize() {
                return COMMIT_MERGE_MB << 20;
            }

            /** The only merge PaperFeed forces: see {@link PaperIndex#finishBulkMerges}. */
            @Override
            public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                                       Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                                       MergeContext context) throws IOException {
                List<SegmentCommitInfo> small = new ArrayList<>();
                for (SegmentCommitInfo segment : infos) {
                    if (segmentsToMerge.containsKey(segment) && !context.getMergingSegments().contains(segment)
                            && size(segment, context) < getFloorSegmentMB() * 1024 * 1024) {
                        small.add(segment);
                    }
                }
                if (small.size() < 2) {
                    return null;
                }
                MergeSpecification merges = new MergeSpecification();
                merges.add(new OneMerge(small));
                return merges;
            }
        };
        return policy.setFloorSegmentMB(FLOOR_SEGMENT_MB);
    }

    /**
     * Opens the index for writing, creating it when the folder holds no commit.
     *
     * @throws DamagedIndexException when a file of the last commit is missing, truncated or fails its checksum
     */
    static PaperIndex open(Path folder) throws IOException {
        emptyStaleWriteLock(folder);
        Directory directory = FSDirectory.open(folder);
        IndexWriter writer = null;
        try {
            writer = newWriter(directory);
            return new PaperIndex(directory, writer, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new LibraryLockedException(folder.getParent(), e);
        } catch (IOException e) {
            // The writer is closed too: it holds the index's lock, and a damaged index is about to be moved aside.
            IOUtils.closeWhileHandlingException(writer, directory);
            throw damageOr(folder, e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /**
     * Lucene refuses every write once its {@code write.lock} is not empty ("Unexpected lock file size"), and another
     * tool may leave one with content. Held by no process, it is stale: it is emptied under its own lock. One another
     * process holds is left alone, and opening the writer then reports the library as locked.
     */
    private static void emptyStaleWriteLock(Path folder) throws IOException {
        Path lockFile = folder.resolve(IndexWriter.WRITE_LOCK_NAME);
        if (!java.nio.file.Files.isRegularFile(lockFile) || java.nio.file.Files.size(lockFile) == 0) {
            return;
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock held = channel.tryLock();
            if (held == null) {
                return;
            }
            try {
                long stale = channel.size();
                channel.truncate(0);
                channel.force(true);
                LOG.warn("{} held {} bytes left by another tool and no process held it; emptied it", lockFile,
                        stale);
            } finally {
                held.release();
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // This process holds it: the open that follows says the library is locked.
        }
    }

    /** Opens the last commit for searching only; {@link #put}, {@link #commit} and the like must not be called. */
    static PaperIndex openReadOnly(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new PaperIndex(directory, null, new SearcherManager(directory, null));
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw damageOr(folder, e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** True while this index has no writer: opened read-only, or opened to read first and not yet given one. */
    boolean hasWriter() {
        return writer != null;
    }

    /**
     * Gives an index opened with {@link #openReadOnly} its writer, as {@link #open} would have opened it, on the same
     * commit: for a library that serves its first reads before the writer is open ({@link PaperLibrary#openReadingFirst}).
     * Only for an index nobody else can write meanwhile (the caller holds the library's lock). Searches in flight on
     * the read-only searchers finish on them; new ones see the writer's.
     *
     * @throws LibraryLockedException another process holds Lucene's write lock
     * @throws DamagedIndexException  a file of the last commit is damaged
     */
    void openWriter() throws IOException {
        if (writer != null) {
            return;
        }
        Path folder = ((FSDirectory) directory).getDirectory();
        emptyStaleWriteLock(folder);
        IndexWriter opened = null;
        SearcherManager writerSearchers;
        try {
            opened = newWriter(directory);
            writerSearchers = new SearcherManager(opened, null);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw new LibraryLockedException(folder.getParent(), e);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw damageOr(folder, e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw e;
        }
        SearcherManager readOnly;
        swapping.writeLock().lock();
        try {
            readOnly = searchers;
            searchers = writerSearchers;
            writer = opened;
        } finally {
            swapping.writeLock().unlock();
        }
        // A searcher acquired from it before the swap keeps its reader until released (release only decrements it).
        readOnly.close();
    }

    /** A failure to open that means the index's files are damaged becomes a {@link DamagedIndexException}. */
    private static IOException damageOr(Path folder, IOException e) {
        boolean damage = !(e instanceof IndexNotFoundException) && (e instanceof CorruptIndexException
                || e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException || e instanceof EOFException);
        return damage ? new DamagedIndexException(folder, e) : e;
    }

    long committedStateSeq() {
        String seq = commitData.get(STATE_SEQ);
        try {
            return seq == null ? 0 : Long.parseLong(seq);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The document schema of the commit this index was opened on (see {@link #SCHEMA}). */
    int openedSchema() {
        return openedSchema;
    }

    /**
     * Whether the commit this index was opened on must be rewritten ({@link SchemaMigration}): an older schema, or
     * segments sorted in an older order (whatever the schema number says, so merged branches cannot disagree).
     */
    boolean needsMigration() {
        return openedSchema < SCHEMA_VERSION || !openedSorted;
    }

    /**
     * Whether migrating means writing every document again ({@link #rewriteAll}): a schema older than
     * {@link #OLDEST_SCHEMA_READ_AS_IS}, or segments sorted in an older order. A newer one only needs its commit to say
     * {@link #SCHEMA_VERSION}, and a read-only view reads it as it is.
     */
    boolean needsRewrite() {
        return openedSchema < OLDEST_SCHEMA_READ_AS_IS || !openedSorted;
    }

    /** A value the last commit recorded, or that the next commit will. */
    Optional<String> commitValue(String key) {
        return Optional.ofNullable(commitData.get(key));
    }

    /** Sets a value the next commit records, and every commit after it. */
    void setCommitValue(String key, String value) {
        commitData.put(key, value);
        changedSinceCommit = true;
    }

    /** Leaves a value out of the next commit, and every commit after it. */
    void removeCommitValue(String key) {
        if (commitData.remove(key) != null) {
            changedSinceCommit = true;
        }
    }

    IndexSearcher acquire() throws IOException {
        swapping.readLock().lock();
        try {
            return searchers.acquire();
        } finally {
            swapping.readLock().unlock();
        }
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * The first live paper whose keyword {@code field} is {@code value}. A seek in each segment's terms rather than a
     * TermQuery: a bulk import asks this for every incoming paper, and no scoring or collector is needed for it.
     */
    Optional<StoredPaper> find(IndexSearcher searcher, String field, String value) throws IOException {
        LiveDoc found = firstLive(searcher, field, value);
        return found == null ? Optional.empty()
                : Optional.of(PaperDocuments.fromDocument(found.reader().storedFields().document(found.doc())));
    }

    /**
     * Whether a live paper's keyword {@code field} is {@code value}, without reading its stored fields: the library's
     * open asks this of every marked paper that has no arXiv id, and needs no more than the answer.
     */
    boolean contains(IndexSearcher searcher, String field, String value) throws IOException {
        return firstLive(searcher, field, value) != null;
    }

    private record LiveDoc(LeafReader reader, int doc) {
    }

    private static LiveDoc firstLive(IndexSearcher searcher, String field, String value) throws IOException {
        BytesRef term = new BytesRef(value);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (!iterator.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return new LiveDoc(leaf.reader(), doc);
                }
            }
        }
        return null;
    }

    /**
     * Whether any paper is known by its title alone or by its DOI: only then can an incoming arXiv paper be one the
     * library holds under another id. Deleted documents may still hold such ids, which only makes the answer a
     * cautious yes.
     */
    boolean mayHoldTitleOnlyPapers(IndexSearcher searcher) throws IOException {
        for (String idPrefix : List.of(PaperId.TITLE_PREFIX, PaperId.DOI_PREFIX)) {
            BytesRef prefix = new BytesRef(idPrefix);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(PaperFields.ID);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (iterator.seekCeil(prefix) != TermsEnum.SeekStatus.END
                        && StringHelper.startsWith(iterator.term(), prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    void put(PaperId id, Iterable<? extends IndexableField> doc) throws IOException {
        writer.updateDocument(new Term(PaperFields.ID, id.value()), doc);
        documentsWritten.increment();
        changedSinceCommit = true;
    }

    /**
     * Sets a paper's read mark ({@link PaperFields#READ}) in place: a doc-value update, with no analysis and no new
     * document, so the commit writes a new generation of that one field for the segments holding the papers instead of
     * a new segment of whole documents (see {@link PaperLibrary}'s {@code mirroring} for what that saved). The rest of
     * the paper's document must already hold its marks: only read changed.
     */
    void setRead(PaperId id, boolean read) throws IOException {
        writer.updateNumericDocValue(new Term(PaperFields.ID, id.value()), PaperFields.READ,
                PaperDocuments.readValue(read));
        changedSinceCommit = true;
    }

    /** How many documents {@link #put} and {@link #addNew} gave the writer since this index was opened (tests). */
    long documentsWritten() {
        return documentsWritten.sum();
    }

    /**
     * Adds every live document of another index of this schema and sort as it is, its segments copied rather than its
     * documents analysed again: for an index known to hold none of them.
     *
     * @return how many live documents it held
     */
    int addIndexes(Directory other) throws IOException {
        writer.addIndexes(other);
        changedSinceCommit = true;
        try (DirectoryReader reader = DirectoryReader.open(other)) {
            return reader.numDocs();
        }
    }

    /** Adds a paper known not to be in the index yet: no delete of an older copy to buffer and apply. */
    void addNew(Iterable<? extends IndexableField> doc) throws IOException {
        writer.addDocument(doc);
        documentsWritten.increment();
        changedSinceCommit = true;
    }

    /**
     * Writes one in-memory segment to disk on the calling thread (the largest no other thread is filling), not
     * waiting for a commit: threads that each flush one as they finish a share of a batch write the segments in
     * parallel, where the commit would write them all on one thread. Durable only with the next commit.
     */
    void flushOneBuffer() throws IOException {
        writer.flushNextBuffer();
    }

    void delete(PaperId id) throws IOException {
        writer.deleteDocuments(new Term(PaperFields.ID, id.value()));
        changedSinceCommit = true;
    }

    /** Makes every change since the last commit durable, and visible to new searchers. */
    void commit(long stateSeq) throws IOException {
        commitData.put(STATE_SEQ, Long.toString(stateSeq));
        // Every writable open migrates first, so whatever this commit holds is in the current schema.
        commitData.put(SCHEMA, Integer.toString(SCHEMA_VERSION));
        writer.setLiveCommitData(new HashMap<>(commitData).entrySet());
        writer.commit();
        changedSinceCommit = false;
        searchers.maybeRefreshBlocking();
    }

    /**
     * The generation of the folder's last commit. A commit can report a failure after its commit point was written
     * (the writer closed by a merge that ran out of room while it finished): the generation, read before it and again
     * after {@link #rollback}, tells whether its changes are in the library after all.
     */
    long lastCommitGeneration() throws IOException {
        return SegmentInfos.getLastCommitGeneration(directory);
    }

    /**
     * Waits until the merges the writer has started are done, those they start in turn included. Merges run on
     * Lucene's own threads; this only joins them.
     */
    void waitForMerges() throws IOException {
        unthrottled((current, merges) -> merges.sync());
    }

    /**
     * As {@link #waitForMerges}, then merges every segment below the merge floor ({@value #FLOOR_SEGMENT_MB} MB) into
     * one: the end of a bulk import. The tiered policy lets up to ten such segments stand, so which ones an import
     * leaves depends on where its last batch falls in the policy's cycle: two imports of the same 2,700,000 papers
     * ended with 9 segments and with 15 (nine of them 17–20 MB), and a search by date, which pays per segment for each
     * term of a prefix, took 1.20× and 2.0–2.2× raw Lucene's p99. Durable only with the next commit
     * ({@link #commitMerges}).
     */
    void finishBulkMerges() throws IOException {
        unthrottled((current, merges) -> {
            merges.sync();
            // Lucene asks the policy which merges a forced merge makes; ours makes only this one, whatever the count.
            current.forceMerge(1, true);
        });
    }

    @FunctionalInterface
    private interface MergeWait {
        void run(IndexWriter current, ConcurrentMergeScheduler merges) throws IOException;
    }

    private void unthrottled(MergeWait wait) throws IOException {
        IndexWriter current = writer;
        if (current != null && current.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            // While the writer is open Lucene runs one merge at a time on two cores, leaving a core to indexing, and
            // slows the writes of big merges so searches keep the disk; a writer's close lifts both. Waiting with
            // nothing more to index, so do we, for the wait, as a bare IndexWriter's close would.
            int threads = merges.getMaxThreadCount();
            int queued = merges.getMaxMergeCount();
            boolean throttled = merges.getAutoIOThrottle();
            int cores = Runtime.getRuntime().availableProcessors();
            if (threads != ConcurrentMergeScheduler.AUTO_DETECT_MERGES_AND_THREADS && threads < cores) {
                merges.setMaxMergesAndThreads(Math.max(queued, cores), cores);
            }
            // Also the one call that makes the scheduler resume the merges it paused for the thread count.
            merges.disableAutoIOThrottle();
            try {
                wait.run(current, merges);
            } finally {
                if (threads != ConcurrentMergeScheduler.AUTO_DETECT_MERGES_AND_THREADS) {
                    merges.setMaxMergesAndThreads(queued, threads);
                }
                if (throttled) {
                    merges.enableAutoIOThrottle();
                }
            }
        }
    }

    /**
     * Keeps the merges finished since the last commit with a commit of their own, which records the same commit
     * values as the last one. Without it the writer's close would throw them away (it commits nothing) and every
     * later open would search the unmerged segments and merge them again: at 1,000,000 papers a single merge of
     * ten segments takes about a minute. Only when nothing else changed: a change not yet committed is the caller's
     * to commit or roll back, with the journal's sequence number.
     */
    void commitMerges() throws IOException {
        if (writer != null && writer.isOpen() && !changedSinceCommit && writer.hasUncommittedChanges()) {
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
    }

    /**
     * Opens a new writer on the last commit when Lucene closed this one after a write or a merge it could not finish
     * (a full disk: {@link IndexWriter#getTragicException}). Lucene's writer stays closed for good after that, so
     * without this every later change would be refused until the library was opened again. The changes since the last
     * commit are lost with the old writer: the journal holds them, and the caller catches the index up.
     *
     * @return whether the writer was reopened
     */
    boolean reopenIfStopped() throws IOException {
        IndexWriter current = writer;
        Throwable stoppedBy = current == null ? null : current.getTragicException();
        if (stoppedBy == null) {
            return false;
        }
        LOG.info("The index's writer stopped after a failed write ({}); reopened on the last commit",
                stoppedBy.toString());
        rollback();
        return true;
    }

    /**
     * Why the writer refuses writes, when Lucene closed it after a failed write or merge: that failure (a full disk's
     * "No space left on device"), for the caller to report instead of Lucene's "this writer hit an unrecoverable
     * error"; else empty.
     */
    Optional<IOException> stoppedBy() {
        IndexWriter current = writer;
        Throwable tragedy = current == null ? null : current.getTragicException();
        if (tragedy == null) {
            return Optional.empty();
        }
        String message = tragedy.getMessage() == null ? tragedy.toString() : tragedy.getMessage();
        return Optional.of(new IOException(message, tragedy));
    }

    /** Drops every change since the last commit. Lucene's rollback closes the writer, so a new one takes over. */
    void rollback() throws IOException {
        swapping.writeLock().lock();
        try {
            searchers.close();
            writer.rollback();
            writer = newWriter(directory);
            searchers = new SearcherManager(writer, null);
        } finally {
            swapping.writeLock().unlock();
        }
        changedSinceCommit = false;
        // The mirrored marks stay as set (the journal holds them); how far the index got is the last commit's word.
        commitData.remove(STATE_SEQ);
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> {
                if (e.getKey().equals(STATE_SEQ)) {
                    commitData.put(STATE_SEQ, e.getValue());
                }
            });
        }
    }

    /** Turns a stored document of an older schema into one of the current schema; null to leave it out. */
    @FunctionalInterface
    interface DocumentRewriter {
        Document rewrite(Document old) throws IOException;
    }

    /**
     * Rewrites every document of the last commit into a new index in the same folder ({@code OpenMode.CREATE}) and
     * commits it: a new schema may give a field doc values it did not have, which Lucene allows only in a new index.
     * Until that commit the old one stays the live commit, so a crash on the way leaves the old index as it was.
     */
    void rewriteAll(DocumentRewriter rewriter, long stateSeq) throws IOException {
        swapping.writeLock().lock();
        try {
            rewriteAllSwapping(rewriter);
        } finally {
            swapping.writeLock().unlock();
        }
        commit(stateSeq);
    }

    private void rewriteAllSwapping(DocumentRewriter rewriter) throws IOException {
        searchers.close();
        writer.rollback();
        try (DirectoryReader old = DirectoryReader.open(directory)) {
            writer = newWriter(directory, IndexWriterConfig.OpenMode.CREATE);
            try {
                copyRewritten(old, writer, rewriter);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                writer = newWriter(directory);
                searchers = new SearcherManager(writer, null);
                throw e;
            }
        }
        searchers = new SearcherManager(writer, null);
    }

    /**
     * A copy of this read-only index rewritten into memory, for a read-only view of an index of an older schema that
     * it must not migrate on disk (another process may be its writer). Costs memory in proportion to the library.
     */
    PaperIndex rewrittenInMemory(DocumentRewriter rewriter) throws IOException {
        Directory memory = new org.apache.lucene.store.ByteBuffersDirectory();
        IndexWriter copy = newWriter(memory, IndexWriterConfig.OpenMode.CREATE);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                copyRewritten(searcher.getIndexReader(), copy, rewriter);
            } finally {
                searchers.release(searcher);
            }
            Map<String, String> data = new HashMap<>(commitData);
            data.put(SCHEMA, Integer.toString(SCHEMA_VERSION));
            copy.setLiveCommitData(data.entrySet());
            copy.commit();
            PaperIndex index = new PaperIndex(memory, copy, new SearcherManager(copy, null));
            close();
            return index;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(copy, memory);
            throw e;
        }
    }

    private static void copyRewritten(org.apache.lucene.index.IndexReader from, IndexWriter to,
                                      DocumentRewriter rewriter) throws IOException {
        for (LeafReaderContext leaf : from.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document rewritten = rewriter.rewrite(stored.document(doc));
                    if (rewritten != null) {
                        to.addDocument(rewritten);
                    }
                }
            }
        }
    }

    int size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            commitMerges();
        } catch (IOException | RuntimeException e) {
            // The index stays at its last commit, which is whole; only the merges' work is lost.
            LOG.warn("The merges since the last commit were not kept; the next open redoes them: {}", e.toString());
        }
        IOUtils.close(searchers, writer, directory);
    }
}
