package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
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
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.model.PaperId;

/**
 * The Lucene index: the one {@link IndexWriter} of this process and the searchers that see its commits.
 * Writes are not thread-safe by design; {@link PaperLibrary} serialises them.
 */
final class PaperIndex implements AutoCloseable {

    /** Commit user data: the last state-journal entry this commit reflects. */
    static final String STATE_SEQ = "paperfeed.stateSeq";

    private final Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    private PaperIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = newWriter(directory);
        this.searchers = new SearcherManager(writer, null);
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false));
    }

    static PaperIndex open(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new PaperIndex(directory);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new LibraryLockedException(folder.getParent(), e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
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
        searchers.close();
        writer.close();
        directory.close();
    }
}
