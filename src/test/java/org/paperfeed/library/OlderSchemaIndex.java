package org.paperfeed.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Rewrites a library's index as an older schema left it on disk, for the migration tests to open. */
final class OlderSchemaIndex {

    private OlderSchemaIndex() {
    }

    /**
     * Reads every live paper of {@code index}, writes each again as {@code document} makes it, in an index sorted by
     * {@code sort} whose commit says {@code schema}; the commit's other values are kept.
     */
    static void rewrite(Path index, String schema, Sort sort,
                        Function<PaperDocuments.StoredPaper, Document> document) throws Exception {
        Map<String, String> data = new HashMap<>();
        List<Document> docs = new ArrayList<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            data.putAll(reader.getIndexCommit().getUserData());
            for (LeafReaderContext leaf : reader.leaves()) {
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
                        docs.add(document.apply(PaperDocuments.fromDocument(
                                leaf.reader().storedFields().document(doc))));
                    }
                }
            }
        }
        data.put(PaperIndex.SCHEMA, schema);
        try (Directory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PaperAnalyzers.indexing())
                     .setIndexSort(sort).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Document doc : docs) {
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }
}
