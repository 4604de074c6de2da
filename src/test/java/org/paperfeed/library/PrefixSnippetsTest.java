package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.SnippetHighlighter.Highlights;
import org.paperfeed.model.Paper;

/**
 * A word being typed is searched as a prefix ({@code (protei OR protei*)}); its snippets are now highlighted from the
 * words the prefix stands for in each hit rather than by analysing every hit again. On six real Hugging Face days,
 * for prefixes and typed words taken from the papers themselves, the titles and snippets must be exactly those the
 * highlighter makes from the prefix: the same words marked, the same passages chosen.
 */
class PrefixSnippetsTest {

    @TempDir
    Path folder;

    @Test
    void snippetsOfPrefixesAreThoseTheHighlighterMakesFromThePrefixItself() throws Exception {
        List<Paper> papers = new ArrayList<>();
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            for (LocalDate day : RealDays.DAYS) {
                List<Paper> onDay = RealDays.papers(day);
                library.add(onDay);
                papers.addAll(onDay);
            }
        }
        List<String> queries = queries(papers);
        PaperQueryParser parser = new PaperQueryParser(Clock.systemUTC());
        int expanded = 0;
        int marked = 0;
        try (PaperIndex index = PaperIndex.openReadOnly(folder.resolve("index"))) {
            IndexSearcher searcher = index.acquire();
            try {
                for (String text : queries) {
                    Query query = parser.parse(text);
                    Hits hits = top20(searcher, query);
                    int[] ids = hits.ids();
                    Map<Integer, Document> loaded = hits.loaded();
                    List<Highlights> fromWords = SnippetHighlighter.highlight(searcher, query, ids, loaded);
                    List<Highlights> fromPrefix = SnippetHighlighter.highlightAnalysing(searcher, query, ids, loaded);
                    assertThat(fromWords).as(text).isEqualTo(fromPrefix);
                    if (PrefixExpansions.of(searcher.getIndexReader(), query, ids,
                            Set.of(PaperFields.TITLE, PaperFields.ABSTRACT), loaded) != null) {
                        expanded++;
                    }
                    marked += (int) fromWords.stream()
                            .filter(h -> h.snippet().spans().stream().anyMatch(s -> s.match())).count();
                }
            } finally {
                index.release(searcher);
            }
        }
        // Most queries took the new way, and their snippets do mark words: the comparison is not of empty lists.
        assertThat(expanded).isGreaterThan(queries.size() * 3 / 4);
        assertThat(marked).isGreaterThan(queries.size());
    }

    /**
     * A short prefix stands for too many words to read a postings list for each, and is looked for in the hits' own
     * text instead: the words found there must be exactly those the postings give, or a snippet would mark a word
     * the search did not match, or miss one it did.
     */
    @Test
    void wordsFoundInTheHitsTextAreThoseTheirPostingsHold() throws Exception {
        List<Paper> papers = new ArrayList<>();
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            for (LocalDate day : RealDays.DAYS.subList(0, 3)) {
                List<Paper> onDay = RealDays.papers(day);
                library.add(onDay);
                papers.addAll(onDay);
            }
        }
        PaperQueryParser parser = new PaperQueryParser(Clock.systemUTC());
        Set<String> fields = Set.of(PaperFields.TITLE, PaperFields.ABSTRACT);
        int compared = 0;
        try (PaperIndex index = PaperIndex.openReadOnly(folder.resolve("index"))) {
            IndexSearcher searcher = index.acquire();
            try {
                for (String text : queries(papers)) {
                    Query query = parser.parse(text);
                    Hits hits = top20(searcher, query);
                    int[] ids = hits.ids();
                    Map<Integer, Document> loaded = hits.loaded();
                    PrefixExpansions fromPostings = PrefixExpansions.of(searcher.getIndexReader(), query, ids, fields,
                            loaded, Integer.MAX_VALUE);
                    PrefixExpansions fromText = PrefixExpansions.of(searcher.getIndexReader(), query, ids, fields,
                            loaded, 0);
                    if (fromPostings == null) {
                        assertThat(fromText).as(text).isNull();
                        continue;
                    }
                    if (fromText == null) {
                        continue; // more words than are worth taking from the text: the highlighter's own way
                    }
                    assertThat(fromText.query(query)).as(text).isEqualTo(fromPostings.query(query));
                    if (ids.length > 0) {
                        compared++;
                    }
                }
            } finally {
                index.release(searcher);
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    /** A search's first 20 hits, their documents read as a search reads them for its snippets. */
    private record Hits(int[] ids, Map<Integer, Document> loaded) {
    }

    private static Hits top20(IndexSearcher searcher, Query query) throws java.io.IOException {
        ScoreDoc[] top = searcher.search(query, 20).scoreDocs;
        int[] ids = new int[top.length];
        Map<Integer, Document> loaded = new HashMap<>();
        for (int i = 0; i < top.length; i++) {
            ids[i] = top[i].doc;
            loaded.put(ids[i], searcher.storedFields().document(ids[i], PaperDocuments.PAPER_FIELDS));
        }
        return new Hits(ids, loaded);
    }

    /** Typed words, two-word searches, short and long prefixes and a NOT, from the papers' own titles. */
    private static List<String> queries(List<Paper> papers) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < papers.size(); i += 3) {
            for (String word : papers.get(i).title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
        }
        List<String> all = new ArrayList<>(words);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < all.size() && queries.size() < 240; i++) {
            String word = all.get(i);
            queries.add("(" + word + " OR " + word + "*)");
            queries.add(word.substring(0, 3) + "*");
            queries.add(word.substring(0, Math.max(3, word.length() - 2)) + "*");
            if (i > 0) {
                queries.add(all.get(i - 1) + " (" + word + " OR " + word + "*)");
                queries.add(word.substring(0, 4) + "* -" + all.get(i - 1));
            }
        }
        return queries;
    }
}
