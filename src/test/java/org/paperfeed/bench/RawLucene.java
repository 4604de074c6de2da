package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: a bare IndexWriter and IndexSearcher over the same papers with the same analysers and the same
 * RAM buffer, fields a minimal paper search needs, no PaperFeed code. Stars and tags are indexed directly.
 */
final class RawLucene implements AutoCloseable {

    static final Sort BY_DATE = new Sort(new SortField("published", SortField.Type.LONG, true));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FieldType PROSE = prose();

    private final FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private UnifiedHighlighter highlighter;

    RawLucene(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
    }

    /** Parses every line, adds one document per paper, commits once; returns the number of papers. */
    int importFile(Path file, Set<String> starred, java.util.Map<String, String> tags) throws IOException {
        int count = 0;
        IndexWriterConfig config = new IndexWriterConfig(RawAnalyzers.indexing()).setRAMBufferSizeMB(48);
        try (IndexWriter writer = new IndexWriter(directory, config);
             BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                writer.addDocument(document(line, starred, tags));
                count++;
            }
            writer.commit();
        }
        return count;
    }

    private static Document document(String line, Set<String> starred, java.util.Map<String, String> tags) {
        Document doc = new Document();
        String id = null;
        try (JsonParser json = JSON.createParser(line)) {
            json.nextToken();
            String name;
            while ((name = json.nextName()) != null) {
                json.nextToken();
                switch (name) {
                    case "id" -> {
                        id = json.getString();
                        doc.add(new StringField("id", id, Field.Store.YES));
                    }
                    case "title" -> doc.add(new Field("title", json.getString(), PROSE));
                    case "abstract" -> doc.add(new Field("abstract", json.getString(), PROSE));
                    case "categories" -> {
                        for (String c : json.getString().split(" ")) {
                            doc.add(new StringField("category", c.toLowerCase(), Field.Store.YES));
                        }
                    }
                    case "authors_parsed" -> {
                        while (json.nextToken() == JsonToken.START_ARRAY) {
                            List<String> parts = new ArrayList<>();
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                parts.add(json.getString());
                            }
                            String author = (parts.get(1) + " " + parts.get(0)).strip();
                            doc.add(new TextField("author", author, Field.Store.YES));
                        }
                    }
                    case "versions" -> {
                        String created = null;
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            while ((name = json.nextName()) != null) {
                                json.nextToken();
                                if (name.equals("created") && created == null) {
                                    created = json.getString();
                                }
                            }
                        }
                        long day = created == null ? Long.MIN_VALUE : LocalDate.from(ZonedDateTime.parse(created,
                                DateTimeFormatter.RFC_1123_DATE_TIME)).toEpochDay();
                        doc.add(new LongPoint("published", day));
                        doc.add(new NumericDocValuesField("published", day));
                        doc.add(new StoredField("published", day));
                    }
                    default -> json.skipChildren();
                }
            }
        }
        doc.add(new StringField("flag", starred.contains(id) ? "starred" : "unstarred", Field.Store.NO));
        if (tags.containsKey(id)) {
            doc.add(new StringField("tag", tags.get(id), Field.Store.NO));
        }
        return doc;
    }

    void openSearcher() throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        highlighter = UnifiedHighlighter.builder(searcher, RawAnalyzers.indexing()).build();
    }

    TopDocs search(Query query, boolean byDate) throws IOException {
        return byDate ? searcher.search(query, 50, BY_DATE) : searcher.search(query, 50);
    }

    /** Search plus snippets of the first 20 hits with a bare UnifiedHighlighter (default passages, offsets from postings). */
    java.util.Map<String, String[]> searchAndHighlight(Query query, boolean byDate) throws IOException {
        TopDocs top = search(query, byDate);
        int[] docs = new int[Math.min(20, top.scoreDocs.length)];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        return highlighter.highlightFields(new String[] {"title", "abstract"}, query, docs, new int[] {1, 2});
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }

    private static FieldType prose() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
