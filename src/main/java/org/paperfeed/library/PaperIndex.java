package org.paperfeed.library;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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

    private final Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    private PaperIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false));
    }

    /**
     * Opens the index for writing, creating it when the folder holds no commit.
     *
     * @throws DamagedIndexException when a file of the last commit is missing, truncated or fails its checksum
     */
    static PaperIndex open(Path folder) throws IOException {
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

    /** A failure to open that means the index's files are damaged becomes a {@link DamagedIndexException}. */
    private static IOException damageOr(Path folder, IOException e) {
        boolean damage = !(e instanceof IndexNotFoundException) && (e instanceof CorruptIndexException
                || e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException || e instanceof EOFException);
        return damage ? new DamagedIndexException(folder, e) : e;
    }

    long committedStateSeq() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(STATE_SEQ)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    Optional<StoredPaper> find(IndexSearcher searcher, String field, String value) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(field, value)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(PaperDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    }

    void put(PaperId id, Document doc) throws IOException {
        writer.updateDocument(new Term(PaperFields.ID, id.value()), doc);
    }

    void delete(PaperId id) throws IOException {
        writer.deleteDocuments(new Term(PaperFields.ID, id.value()));
    }

    /** Makes every change since the last commit durable, and visible to new searchers. */
    void commit(long stateSeq) throws IOException {
        writer.setLiveCommitData(Map.of(STATE_SEQ, Long.toString(stateSeq)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Drops every change since the last commit. Lucene's rollback closes the writer, so a new one takes over. */
    void rollback() throws IOException {
        searchers.close();
        writer.rollback();
        writer = newWriter(directory);
        searchers = new SearcherManager(writer, null);
    }

    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory);
    }
}
