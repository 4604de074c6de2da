package org.paperfeed.library;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.paperfeed.model.HighlightedText;

/**
 * Marks matched words in titles and cuts abstracts down to the passages that matched.
 * Offsets come from the postings (the index stores them), so no abstract is analysed again at search time.
 */
final class SnippetHighlighter {

    private static final int SNIPPET_CHARS = 240;
    private static final int SNIPPET_PASSAGES = 2;
    private static final String ELLIPSIS = "…";
    /** Centre passages on their matches. */
    private static final float FRAGMENT_ALIGNMENT = 0.5f;
    private static final String[] FIELDS = {PaperFields.TITLE, PaperFields.ABSTRACT};

    record Highlights(HighlightedText title, HighlightedText snippet) {
    }

    private SnippetHighlighter() {
    }

    /**
     * A prefix (each word being typed is one) is highlighted with the words it stands for in each hit
     * ({@link PrefixExpansions}), whose offsets the postings hold; given the prefix itself, the highlighter would
     * analyse every hit's title and abstract again. The snippets are the same either way.
     *
     * @param loaded the documents of {@code docIds}, already read by the caller: not read a second time here
     */
    static List<Highlights> highlight(IndexSearcher searcher, Query query, int[] docIds, Map<Integer, Document> loaded)
            throws IOException {
        PrefixExpansions expansions = PrefixExpansions.of(searcher.getIndexReader(), query, docIds,
                Set.of(FIELDS), loaded);
        if (expansions == null) {
            return highlightAnalysing(searcher, query, docIds, loaded);
        }
        PaperHighlighter highlighter = new PaperHighlighter(builder(searcher), false, loaded, expansions::scorer);
        return highlights(highlighter.highlightAsSpans(FIELDS, expansions.query(query), docIds,
                new int[] {1, SNIPPET_PASSAGES}), docIds.length);
    }

    /** As {@link #highlight}, prefixes given to the highlighter as they are (it analyses the hits again for them). */
    static List<Highlights> highlightAnalysing(IndexSearcher searcher, Query query, int[] docIds,
                                               Map<Integer, Document> loaded) throws IOException {
        PaperHighlighter highlighter = new PaperHighlighter(builder(searcher), false, loaded, null);
        return highlights(highlighter.highlightAsSpans(FIELDS, query, docIds, new int[] {1, SNIPPET_PASSAGES}),
                docIds.length);
    }

    private static List<Highlights> highlights(Map<String, Object[]> found, int count) {
        List<Highlights> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new Highlights(orEmpty(found.get(PaperFields.TITLE)[i]),
                    orEmpty(found.get(PaperFields.ABSTRACT)[i])));
        }
        return result;
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, PaperAnalyzers.indexing())
                .withFormatter(new SpansFormatter())
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1);
    }

    /**
     * One paper's whole abstract with what {@code query} matched marked, as a search marks its snippets (stems,
     * strict phrases); null when nothing in the abstract matched.
     */
    static HighlightedText wholeAbstract(IndexSearcher searcher, Query query, int docId) throws IOException {
        PaperHighlighter highlighter = new PaperHighlighter(UnifiedHighlighter.builder(searcher,
                        PaperAnalyzers.indexing())
                .withFormatter(new SpansFormatter())
                .withHighlightPhrasesStrictly(true), true, null, null);
        Object found = highlighter.highlightAsSpans(new String[] {PaperFields.ABSTRACT}, query, new int[] {docId},
                new int[] {1}).get(PaperFields.ABSTRACT)[0];
        return found instanceof HighlightedText text ? text : null;
    }

    /**
     * Which of a paper's {@code authors} {@code query} matched, by their place in the list, as a search matches them
     * (folded, phrases strictly): the reading pane marks them, as it marks the abstract. A paper found by a name had
     * shown no mark anywhere. The author field keeps no offsets: the names, a few words, are analysed again here.
     */
    static Set<Integer> authorsMatched(IndexSearcher searcher, Query query, int docId, List<String> authors)
            throws IOException {
        if (authors.isEmpty()) {
            return Set.of();
        }
        String joined = String.join(AUTHOR_SEPARATOR, authors);
        AuthorHighlighter highlighter = new AuthorHighlighter(UnifiedHighlighter.builder(searcher,
                        PaperAnalyzers.indexing())
                .withFormatter(new MatchStarts())
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0), joined);
        if (!(highlighter.matchStarts(query, docId) instanceof int[] starts)) {
            return Set.of();
        }
        Set<Integer> matched = new java.util.TreeSet<>();
        for (int start : starts) {
            int end = 0;
            for (int i = 0; i < authors.size(); i++) {
                end += authors.get(i).length();
                if (start < end) {
                    matched.add(i);
                    break;
                }
                end += AUTHOR_SEPARATOR.length();
            }
        }
        return Set.copyOf(matched);
    }

    /** Between two names when they are highlighted as one text; no word of a name spans it. */
    private static final String AUTHOR_SEPARATOR = ", ";

    /** The author field of one paper, given as its names joined, highlighted whole. */
    private static final class AuthorHighlighter extends UnifiedHighlighter {

        private final String names;

        AuthorHighlighter(Builder builder, String names) {
            super(builder);
            this.names = names;
        }

        Object matchStarts(Query query, int docId) throws IOException {
            return highlightFieldsAsObjects(new String[] {PaperFields.AUTHOR}, query, new int[] {docId},
                    new int[] {1}).get(PaperFields.AUTHOR)[0];
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                values.add(new CharSequence[] {names});
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return new WholeBreakIterator();
        }
    }

    /** Where each match starts in the text; null when nothing matched. */
    private static final class MatchStarts extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            int[] starts = java.util.Arrays.stream(passages)
                    .flatMapToInt(p -> java.util.Arrays.stream(p.getMatchStarts(), 0, p.getNumMatches())).toArray();
            return starts.length == 0 ? null : starts;
        }
    }

    private static HighlightedText orEmpty(Object highlighted) {
        return highlighted instanceof HighlightedText text ? text : HighlightedText.plain("");
    }

    /** Titles whole, abstracts in passages of about {@value #SNIPPET_CHARS} characters, or whole when asked. */
    private static final class PaperHighlighter extends UnifiedHighlighter {

        private final boolean wholeAbstract;
        private final Map<Integer, Document> loaded;
        private final Function<String, PassageScorer> scorers;

        /**
         * @param loaded  documents the caller already read, or null to read them from the index
         * @param scorers each field's passage scorer, or null for Lucene's
         */
        PaperHighlighter(Builder builder, boolean wholeAbstract, Map<Integer, Document> loaded,
                         Function<String, PassageScorer> scorers) {
            super(builder);
            this.wholeAbstract = wholeAbstract;
            this.loaded = loaded;
            this.scorers = scorers;
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return scorers == null ? super.getScorer(field) : scorers.apply(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            if (loaded == null) {
                return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document document = loaded.get(doc);
                CharSequence[] fieldValues = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String value = document == null ? null : document.get(fields[f]);
                    fieldValues[f] = value == null ? "" : value;
                }
                values.add(fieldValues);
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return field.equals(PaperFields.TITLE) || wholeAbstract
                    ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT),
                    SNIPPET_CHARS / SNIPPET_PASSAGES, FRAGMENT_ALIGNMENT);
        }

        Map<String, Object[]> highlightAsSpans(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Turns passages into spans, with an ellipsis wherever text was left out. */
    private static final class SpansFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<HighlightedText.Span> spans = new ArrayList<>();
            int last = 0;
            for (Passage passage : passages) {
                int start = passage.getStartOffset();
                if (start > last || (start > 0 && spans.isEmpty())) {
                    plain(spans, spans.isEmpty() ? ELLIPSIS : " " + ELLIPSIS + " ");
                }
                int pos = start;
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int matchStart = Math.max(passage.getMatchStarts()[m], pos);
                    int matchEnd = passage.getMatchEnds()[m];
                    if (matchEnd <= pos) {
                        continue;
                    }
                    plain(spans, content.substring(pos, matchStart));
                    spans.add(new HighlightedText.Span(content.substring(matchStart, matchEnd), true));
                    pos = matchEnd;
                }
                plain(spans, content.substring(pos, passage.getEndOffset()));
                last = passage.getEndOffset();
            }
            if (last < content.strip().length() && passages.length > 0) {
                plain(spans, ELLIPSIS);
            }
            return new HighlightedText(spans);
        }

        private static void plain(List<HighlightedText.Span> spans, String text) {
            if (!text.isEmpty()) {
                spans.add(new HighlightedText.Span(text, false));
            }
        }
    }
}
