package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The by-relevance page gathered a segment at a time, skipping what cannot beat its last, is exactly the page a full
 * sort by score, date, added time and id gives: on segments whose dates overlap and segments that do not, with
 * deleted papers, prefixes that tie thousands of papers, scored words, every page size and count threshold.
 */
class RelevanceTopDocsTest {

    private static final String[] WORDS = {"graph", "graphs", "grammar", "sparse", "spectral", "model", "models",
        "modular", "quantum", "query"};

    @TempDir
    Path folder;

    @Test
    void theFirstHitsAndTheirCountAreThoseOfAFullSort() throws Exception {
        Random random = new Random(5);
        try (Directory directory = FSDirectory.open(folder)) {
            // No merges: many segments, as a library's daily refreshes leave before the merge policy gets to them.
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setIndexSort(PaperIndex.NEWEST_FIRST).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                int id = 0;
                for (int segment = 0; segment < 12; segment++) {
                    // Even segments hold a run of days of their own; odd ones days from anywhere (a re-import, a merge).
                    int firstDay = 18_000 + segment * 40;
                    for (int i = 0; i < 300; i++) {
                        int day = segment % 2 == 0 ? firstDay + random.nextInt(40) : 18_000 + random.nextInt(500);
                        writer.addDocument(paper(id++, day, segment * 1_000L + random.nextInt(3), random));
                    }
                    writer.commit();
                }
                for (int i = 0; i < 200; i++) {
                    writer.deleteDocuments(new Term("key", "p" + random.nextInt(id)));
                }
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(10);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Query query : queries()) {
                    int all = searcher.count(query);
                    for (int limit : new int[] {1, 7, 50, 400}) {
                        for (int threshold : new int[] {10, 1_000, Integer.MAX_VALUE}) {
                            String what = query + ", " + limit + " hits, counted up to " + threshold;
                            TopDocs expected = searcher.search(query,
                                    new TopFieldCollectorManager(RelevanceTopDocs.ORDER, limit, null, Integer.MAX_VALUE));
                            TopDocs actual = RelevanceTopDocs.search(searcher, query, limit, threshold);

                            assertThat(docsAndValues(actual)).as(what).isEqualTo(docsAndValues(expected));
                            if (actual.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
                                assertThat(actual.totalHits.value).as(what).isEqualTo(all);
                            } else {
                                assertThat(actual.totalHits.value).as(what).isLessThanOrEqualTo(all);
                                assertThat(all).as(what).isGreaterThanOrEqualTo(threshold);
                            }
                            if (all < threshold) {
                                assertThat(actual.totalHits.relation).as(what).isEqualTo(TotalHits.Relation.EQUAL_TO);
                            }
                        }
                    }
                }
            }
        }
    }

    private static Document paper(int id, int day, long added, Random random) {
        Document doc = new Document();
        doc.add(new StringField("key", "p" + id, Field.Store.NO));
        doc.add(new NumericDocValuesField(PaperFields.PUBLISHED, day));
        doc.add(new NumericDocValuesField(PaperFields.ADDED, added));
        doc.add(new SortedDocValuesField(PaperFields.ID_ORDER, new BytesRef(String.format("%06d", id))));
        StringBuilder title = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            title.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        for (int i = 0; i < 3 + random.nextInt(6); i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        doc.add(new TextField(PaperFields.TITLE, title.toString(), Field.Store.NO));
        doc.add(new TextField(PaperFields.ABSTRACT, text.toString(), Field.Store.NO));
        return doc;
    }

    /** As the search field makes them: prefixes scoring alike in each field, words scored by BM25, and both. */
    private static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (String prefix : new String[] {"gr", "mod", "spa", "q"}) {
            queries.add(prefixInTitleAndAbstract(prefix));
        }
        queries.add(new TermQuery(new Term(PaperFields.ABSTRACT, "sparse")));
        queries.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PaperFields.ABSTRACT, "model")), Occur.SHOULD)
                .add(prefixInTitleAndAbstract("mod"), Occur.SHOULD).build());
        queries.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PaperFields.TITLE, "quantum")), Occur.MUST)
                .add(prefixInTitleAndAbstract("gra"), Occur.MUST).build());
        return queries;
    }

    private static Query prefixInTitleAndAbstract(String prefix) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new PrefixQuery(new Term(PaperFields.TITLE, prefix),
                        MultiTermQuery.CONSTANT_SCORE_REWRITE), 2f), Occur.SHOULD)
                .add(new PrefixQuery(new Term(PaperFields.ABSTRACT, prefix), MultiTermQuery.CONSTANT_SCORE_REWRITE),
                        Occur.SHOULD).build();
    }

    /** Each hit's document and sort values: the same papers in the same order with the same scores. */
    private static List<String> docsAndValues(TopDocs top) {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            FieldDoc doc = (FieldDoc) hit;
            hits.add(doc.doc + " " + doc.fields[0] + " " + doc.fields[1] + " " + doc.fields[2] + " "
                    + ((BytesRef) doc.fields[3]).utf8ToString());
        }
        return hits;
    }
}
