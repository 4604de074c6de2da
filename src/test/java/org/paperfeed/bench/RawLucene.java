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
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
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
import org.apache.lucene.util.BytesRef;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: a bare IndexWriter and IndexSearcher over the same papers with the same analysers, the same RAM
 * buffer and the same index sort, no PaperFeed code. {@link Fields#FULL} indexes what PaperFeed's documents hold (the
 * ids, title key, DOI, prose with offsets, authors, categories and archives, the listing's points, terms and doc
 * values, dates, flags, For you's term-vector feature field), so the import's ratio compares the same work;
 * {@link Fields#MINIMAL} only title and abstract. Stars and tags are indexed directly.
 */
final class RawLucene implements AutoCloseable {

    static final Sort BY_DATE = new Sort(new SortField("published", SortField.Type.LONG, true));
    /** PaperFeed's index sort (newest first, then added, then id), which sorts every flushed segment. */
    static final Sort INDEX_SORT = new Sort(new SortField("published", SortField.Type.LONG, true),
            new SortField("added", SortField.Type.LONG, true), new SortField("id_order", SortField.Type.STRING));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FieldType PROSE = prose();
    private static final FieldType FEATURES = features(true);
    private static final FieldType AUTHOR_FEATURE = features(false);
    /** One listing per paper, as a snapshot gives: PaperFeed's listing doc value is about this many bytes. */
    private static final int LISTING_BYTES = 2 + 14 + "arXiv".length();

    private final FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private UnifiedHighlighter highlighter;

    RawLucene(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
    }

    /** What the raw side indexes: everything below, or title and abstract alone (what the extra fields cost). */
    enum Fields { FULL, MINIMAL }

    /** Parses every line, adds one document per paper, commits once; returns the number of papers. */
    int importFile(Path file, Set<String> starred, java.util.Map<String, String> tags) throws IOException {
        return importFile(file, starred, tags, 1, Fields.FULL);
    }

    /**
     * As {@link #importFile(Path, Set, java.util.Map)} with {@code threads} threads parsing and adding documents to
     * the one writer (Lucene's own way of using several cores), fed blocks of lines by one reading thread; with one
     * thread the same thread reads, parses and adds.
     */
    int importFile(Path file, Set<String> starred, java.util.Map<String, String> tags, int threads, Fields fields)
            throws IOException {
        try (BufferedReader lines = open(file)) {
            return importLines(lines, starred, tags, threads, fields);
        }
    }

    /** As {@link #importFile(Path, Set, java.util.Map, int, Fields)}, from lines already open (a replicated stream). */
    int importLines(BufferedReader lines, Set<String> starred, java.util.Map<String, String> tags, int threads,
                    Fields fields) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(RawAnalyzers.indexing()).setRAMBufferSizeMB(RAM_BUFFER_MB);
        if (fields == Fields.FULL) {
            config.setIndexSort(INDEX_SORT);
        }
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int count;
            if (threads == 1) {
                count = 0;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        writer.addDocument(document(line, starred, tags, fields));
                        count++;
                    }
                }
            } else {
                count = importParallel(lines, writer, starred, tags, threads, fields);
            }
            writer.commit();
            return count;
        }
    }

    private static final List<String> NO_MORE = List.of();
    /** PaperFeed's RAM buffer while it imports ({@code PaperIndex}); change both together. */
    static final double RAM_BUFFER_MB = 48;

    private static int importParallel(BufferedReader lines, IndexWriter writer, Set<String> starred,
                                      java.util.Map<String, String> tags, int threads, Fields fields)
            throws IOException {
        java.util.concurrent.BlockingQueue<List<String>> blocks = new java.util.concurrent.ArrayBlockingQueue<>(16);
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (List<String> block = blocks.take(); block != NO_MORE; block = blocks.take()) {
                    for (String line : block) {
                        writer.addDocument(document(line, starred, tags, fields));
                    }
                    count.addAndGet(block.size());
                }
                blocks.put(NO_MORE);
                return null;
            }));
        }
        try {
            List<String> block = new ArrayList<>(500);
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    block.add(line);
                    if (block.size() == 500) {
                        blocks.put(block);
                        block = new ArrayList<>(500);
                    }
                }
            }
            blocks.put(block);
            blocks.put(NO_MORE);
            for (java.util.concurrent.Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        } finally {
            pool.shutdownNow();
        }
        return count.get();
    }

    /** The file as lines, decompressed when it is gzip. */
    static BufferedReader open(Path file) throws IOException {
        java.io.InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new java.util.zip.GZIPInputStream(in, 64 * 1024);
        }
        return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    }

    private static Document document(String line, Set<String> starred, java.util.Map<String, String> tags,
                                     Fields fields) {
        if (fields == Fields.MINIMAL) {
            return minimal(line);
        }
        Document doc = new Document();
        String id = null;
        String title = "";
        String abstractText = "";
        String listed = null;
        long published = Long.MIN_VALUE;
        List<String> authors = new ArrayList<>();
        try (JsonParser json = JSON.createParser(line)) {
            json.nextToken();
            String name;
            while ((name = json.nextName()) != null) {
                json.nextToken();
                switch (name) {
                    case "id" -> {
                        id = json.getString();
                        doc.add(new StringField("id", id, Field.Store.YES));
                        doc.add(new SortedDocValuesField("id_order", new BytesRef(id)));
                    }
                    case "title" -> title = json.getString();
                    case "abstract" -> abstractText = json.getString();
                    case "doi" -> {
                        if (json.currentToken() == JsonToken.VALUE_STRING) {
                            doc.add(new StringField("doi", json.getString().toLowerCase(), Field.Store.NO));
                        }
                    }
                    case "update_date" -> listed = json.currentToken() == JsonToken.VALUE_STRING ? json.getString()
                            : null;
                    case "categories" -> {
                        java.util.Set<String> archives = new java.util.LinkedHashSet<>();
                        for (String c : json.getString().split(" ")) {
                            String category = c.toLowerCase();
                            doc.add(new StringField("category", category, Field.Store.YES));
                            int dot = category.indexOf('.');
                            if (dot > 0) {
                                archives.add(category.substring(0, dot));
                            }
                        }
                        for (String archive : archives) {
                            doc.add(new StringField("archive", archive, Field.Store.NO));
                        }
                    }
                    case "authors" -> {
                        // The real snapshot's own list ("A, B and C"); the synthetic file has authors_parsed instead.
                        for (String author : json.getString().split(",| and ")) {
                            if (!author.isBlank()) {
                                authors.add(author.strip());
                            }
                        }
                    }
                    case "authors_parsed" -> {
                        authors.clear();
                        while (json.nextToken() == JsonToken.START_ARRAY) {
                            List<String> parts = new ArrayList<>();
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                parts.add(json.getString());
                            }
                            authors.add((parts.get(1) + " " + parts.get(0)).strip());
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
                        published = created == null ? Long.MIN_VALUE : LocalDate.from(ZonedDateTime.parse(created,
                                DateTimeFormatter.RFC_1123_DATE_TIME)).toEpochDay();
                    }
                    default -> json.skipChildren();
                }
            }
        }
        doc.add(new Field("title", title, PROSE));
        doc.add(new Field("abstract", abstractText, PROSE));
        String key = title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        doc.add(new StringField("title_key", key, Field.Store.NO));
        doc.add(new StringField("title_id", "t-" + Integer.toHexString(key.hashCode()), Field.Store.NO));
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String author : authors) {
            doc.add(new TextField("author", author, Field.Store.YES));
            names.add("@" + author.toLowerCase());
        }
        // For you's features: title and abstract through the feature chain, each author's name as one term.
        doc.add(new Field("shingle", title + "\n" + abstractText, FEATURES));
        for (String author : names) {
            doc.add(new Field("shingle", author, AUTHOR_FEATURE));
        }
        doc.add(new LongPoint("published", published));
        doc.add(new NumericDocValuesField("published", published));
        doc.add(new StoredField("published", published));
        long added = System.currentTimeMillis();
        doc.add(new LongPoint("added", added));
        doc.add(new NumericDocValuesField("added", added));
        // The one listing a snapshot record gives: its day as a point and doc values, as terms, and packed.
        long day = listed == null ? published : LocalDate.parse(listed).toEpochDay();
        doc.add(new StringField("source", "arxiv", Field.Store.NO));
        doc.add(new LongPoint("listed_day", day));
        doc.add(new SortedNumericDocValuesField("listed_day", day));
        doc.add(new StringField("listed_source_day", "arxiv|" + LocalDate.ofEpochDay(day), Field.Store.NO));
        doc.add(new StringField("listed_by", "arxiv", Field.Store.NO));
        doc.add(new SortedSetDocValuesField("source_day_counts", new BytesRef(LocalDate.ofEpochDay(day) + "|arXiv")));
        byte[] listing = new byte[LISTING_BYTES];
        java.nio.ByteBuffer.wrap(listing).putShort((short) 1).putInt((int) day).putInt(-1).putInt(-1)
                .putShort((short) 5).put("arXiv".getBytes(StandardCharsets.UTF_8));
        doc.add(new BinaryDocValuesField("listings", new BytesRef(listing)));
        doc.add(new StringField("flag", starred.contains(id) ? "starred" : "unstarred", Field.Store.NO));
        doc.add(new StringField("flag", "unread", Field.Store.NO));
        doc.add(new NumericDocValuesField("read", 0));
        if (tags.containsKey(id)) {
            doc.add(new StringField("tag", tags.get(id), Field.Store.NO));
        }
        return doc;
    }

    private static Document minimal(String line) {
        Document doc = new Document();
        try (JsonParser json = JSON.createParser(line)) {
            json.nextToken();
            String name;
            while ((name = json.nextName()) != null) {
                json.nextToken();
                switch (name) {
                    case "title" -> doc.add(new Field("title", json.getString(), PROSE));
                    case "abstract" -> doc.add(new Field("abstract", json.getString(), PROSE));
                    default -> json.skipChildren();
                }
            }
        }
        return doc;
    }

    void openSearcher() throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        if (!Boolean.getBoolean("bench.raw.sharedQueryCache")) {
            // A query cache of its own, as large as Lucene's default: the default one is shared by every searcher of
            // the JVM, so the two sides would otherwise compete for it, the one caching more clauses losing.
            searcher.setQueryCache(new org.apache.lucene.search.LRUQueryCache(1000,
                    Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 20)));
        }
        highlighter = UnifiedHighlighter.builder(searcher, RawAnalyzers.indexing()).build();
    }

    TopDocs search(Query query, boolean byDate) throws IOException {
        return byDate ? searcher.search(query, 50, BY_DATE) : searcher.search(query, 50);
    }

    /** What a row shows: id, title, authors, categories, date. */
    private static final Set<String> ROW_FIELDS = Set.of("id", "title", "author", "category", "published");

    /**
     * {@link #search} and then, as any list must, the stored fields a row shows for every hit returned (one
     * {@code StoredFields} per search, hits in index order): the fair counterpart of PaperFeed's search, which
     * returns whole papers.
     */
    TopDocs searchAndLoad(Query query, boolean byDate) throws IOException {
        TopDocs top = search(query, byDate);
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).sorted().toArray();
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        for (int doc : docs) {
            stored.document(doc, ROW_FIELDS);
        }
        return top;
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

    /** As PaperFeed's feature field: term vectors with frequencies, no norms, nothing stored. */
    private static FieldType features(boolean tokenized) {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(tokenized);
        type.setOmitNorms(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    private static FieldType prose() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
