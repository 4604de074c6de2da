package org.paperfeed.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words a search's prefixes ({@code protei*}, which every typed word becomes) stand for in each highlighted
 * hit, read from the postings (or, for a prefix under many words, from the hits' own text). Given a prefix, Lucene's
 * highlighter analyses each hit's title and abstract again, into a small index of their own, to find the words it
 * matches, which was most of a snippet's cost; given the words themselves, it reads their offsets from the postings
 * like any other word's. The passages chosen stay those the prefix would choose: {@link #scorer}
 * scores every word of one prefix as the one term the highlighter makes of a prefix.
 */
final class PrefixExpansions {

    /**
     * Past this many words under one prefix in one segment, reading them all (a postings list each) costs more than
     * analysing the hits' text ({@link #fromText}): a short prefix such as "co" is looked for there. At 1,000,000
     * papers a common word's prefix ({@code with*}, {@code data*}) has hundreds in each of a dozen segments, which 256
     * here walked through before giving up.
     */
    static final int MAX_TERMS_PER_SEGMENT = 64;

    /**
     * Past this many words under one prefix in the hits' text, the highlighter is given the prefix itself: each word
     * found is then a postings list to read for every hit, and twenty abstracts hold dozens of words under
     * {@code pro}. At 144k papers the bare prefixes of the benchmark's mix with 20 snippets took 117 ms summed with
     * no limit, 107 with this one and 103 with none of their words taken from the text; a typed word's 8 to 12 hits
     * rarely hold more.
     */
    static final int MAX_WORDS_FROM_TEXT = 24;

    /** The index's own analyser: the words found in a hit's text are the terms its postings hold. */
    private static final Analyzer INDEXING = PaperAnalyzers.indexing();

    /** A prefix on one highlighted field. */
    private record Prefix(String field, BytesRef prefix) {
    }

    /** The prefixes expanded: on highlighted fields, outside a NOT. Only these are replaced. */
    private final Set<Prefix> prefixes;
    /** Per prefix, the words it stands for in any of the hits, in index order. */
    private final Map<Prefix, Set<BytesRef>> words;
    private final Map<String, Set<BytesRef>> queryTerms;

    private PrefixExpansions(Set<Prefix> prefixes, Map<Prefix, Set<BytesRef>> words,
                             Map<String, Set<BytesRef>> queryTerms) {
        this.prefixes = prefixes;
        this.words = words;
        this.queryTerms = queryTerms;
    }

    /**
     * The words each prefix of {@code query} on {@code fields} stands for in any of {@code docIds}; null when the
     * query has no such prefix, or has a phrase on those fields (a phrase's words are highlighted only where the
     * phrase is, which a prefix's words must not be).
     *
     * @param loaded the documents of {@code docIds}: a prefix under too many words is looked for in their text
     */
    static PrefixExpansions of(IndexReader reader, Query query, int[] docIds, Set<String> fields,
                               Map<Integer, Document> loaded) throws IOException {
        return of(reader, query, docIds, fields, loaded, MAX_TERMS_PER_SEGMENT);
    }

    /** As above, a prefix read from the hits' text past {@code maxTermsPerSegment} words in one segment. */
    static PrefixExpansions of(IndexReader reader, Query query, int[] docIds, Set<String> fields,
                               Map<Integer, Document> loaded, int maxTermsPerSegment) throws IOException {
        List<Prefix> prefixes = new ArrayList<>();
        collectPrefixes(query, fields, prefixes);
        if (prefixes.isEmpty()) {
            return null;
        }
        Map<String, Set<BytesRef>> terms = new HashMap<>();
        boolean[] positional = new boolean[1];
        query.visit(new TermCollector(fields, terms, positional));
        if (positional[0]) {
            return null;
        }
        int[] sorted = docIds.clone();
        Arrays.sort(sorted);
        Map<Prefix, Set<BytesRef>> words = new HashMap<>();
        for (Prefix prefix : prefixes) {
            Set<BytesRef> found = fromPostings(reader, prefix, sorted, maxTermsPerSegment);
            if (found == null) {
                found = fromText(prefix, sorted, loaded);
            }
            if (found == null) {
                return null;
            }
            words.put(prefix, found);
        }
        return new PrefixExpansions(new HashSet<>(prefixes), words, terms);
    }

    /**
     * The words under {@code prefix} that one of {@code docs} (sorted) holds, in index order, read from the postings;
     * null past {@code maxTerms} words under it in one segment.
     */
    private static Set<BytesRef> fromPostings(IndexReader reader, Prefix prefix, int[] docs, int maxTerms)
            throws IOException {
        Set<BytesRef> found = new TreeSet<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            int end = i;
            while (end < docs.length && docs[end] < leaf.docBase + leaf.reader().maxDoc()) {
                end++;
            }
            if (!expand(leaf, prefix, Arrays.copyOfRange(docs, i, end), found, maxTerms)) {
                return null;
            }
            i = end;
        }
        return found;
    }

    /** Adds to {@code into} the words under {@code prefix} that one of {@code docs} (in this segment) holds. */
    private static boolean expand(LeafReaderContext leaf, Prefix prefix, int[] docs, Set<BytesRef> into,
                                  int maxTerms) throws IOException {
        Terms terms = leaf.reader().terms(prefix.field());
        if (terms == null) {
            return true;
        }
        TermsEnum words = terms.iterator();
        if (words.seekCeil(prefix.prefix()) == TermsEnum.SeekStatus.END) {
            return true;
        }
        PostingsEnum postings = null;
        int seen = 0;
        for (BytesRef word = words.term(); word != null && StringHelper.startsWith(word, prefix.prefix());
             word = words.next()) {
            if (++seen > maxTerms) {
                return false;
            }
            postings = words.postings(postings, PostingsEnum.NONE);
            for (int doc : docs) {
                int local = doc - leaf.docBase;
                int at = postings.docID() < local ? postings.advance(local) : postings.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == local) {
                    into.add(BytesRef.deepCopyOf(word));
                    break;
                }
            }
        }
        return true;
    }

    /**
     * The words under {@code prefix} in the hits' own text, analysed as the index analysed it (so exactly the terms
     * their postings hold), in index order; null when a hit's document was not read, or past
     * {@value #MAX_WORDS_FROM_TEXT} words. For a short, common prefix ("for" stands for over a thousand words in a
     * large library) a few hits' text is far less to read than a postings list per word.
     */
    private static Set<BytesRef> fromText(Prefix prefix, int[] docs, Map<Integer, Document> loaded)
            throws IOException {
        if (loaded == null) {
            return null;
        }
        Set<BytesRef> found = new TreeSet<>();
        for (int doc : docs) {
            Document document = loaded.get(doc);
            if (document == null) {
                return null;
            }
            String text = document.get(prefix.field());
            if (text == null) {
                continue;
            }
            try (TokenStream stream = INDEXING.tokenStream(prefix.field(), text)) {
                TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    BytesRef word = term.getBytesRef();
                    if (StringHelper.startsWith(word, prefix.prefix())) {
                        found.add(BytesRef.deepCopyOf(word));
                    }
                }
                stream.end();
            }
        }
        return found.size() > MAX_WORDS_FROM_TEXT ? null : found;
    }

    /**
     * {@code query} with each prefix on a highlighted field replaced by the words it stands for in the hits: in
     * each hit, these match exactly where the prefix does.
     */
    Query query(Query query) {
        return replace(query);
    }

    private Query replace(Query query) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                copy.add(clause.getOccur() == Occur.MUST_NOT ? clause.getQuery() : replace(clause.getQuery()),
                        clause.getOccur());
            }
            return copy.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(replace(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return new ConstantScoreQuery(replace(constant.getQuery()));
        }
        if (query instanceof PrefixQuery prefixQuery) {
            Prefix prefix = new Prefix(prefixQuery.getField(), prefixQuery.getPrefix().bytes());
            if (!prefixes.contains(prefix)) {
                return query;
            }
            Set<BytesRef> found = words.get(prefix);
            if (found.isEmpty()) {
                return new MatchNoDocsQuery("no word under " + prefixQuery);
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (BytesRef word : found) {
                any.add(new TermQuery(new Term(prefix.field(), word)), Occur.SHOULD);
            }
            return any.build();
        }
        return query;
    }

    /**
     * Scores a passage of {@code field} as the highlighter scores it when given the prefixes: all
     * the words of one prefix count as one term (the prefix), and a word the query also names (typed "protein" is
     * searched as "protein OR protein*") counts once as itself and once under its prefix. Frequencies are the ones
     * the highlighter reports with each match (1 each, as it matches through the query's weight), so a prefix's is
     * that of its first word in the passage. The same sums, added in another order, may differ in the last bit.
     */
    PassageScorer scorer(String field) {
        Map<BytesRef, List<BytesRef>> labelsOf = new HashMap<>();
        for (Map.Entry<Prefix, Set<BytesRef>> entry : words.entrySet()) {
            if (!entry.getKey().field().equals(field)) {
                continue;
            }
            // Bytes no analysed word can have: a prefix's key never collides with a word.
            BytesRef label = new BytesRef("\uffff" + entry.getKey().prefix().utf8ToString());
            for (BytesRef word : entry.getValue()) {
                labelsOf.computeIfAbsent(word, w -> new ArrayList<>()).add(label);
            }
        }
        Set<BytesRef> named = queryTerms.getOrDefault(field, Set.of());
        return new PassageScorer() {
            @Override
            public float score(Passage passage, int contentLength) {
                Map<BytesRef, int[]> counts = new LinkedHashMap<>();
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    BytesRef term = passage.getMatchTerms()[m];
                    int freq = passage.getMatchTermFreqsInDoc()[m];
                    List<BytesRef> labels = labelsOf.get(term);
                    if (labels == null || named.contains(term)) {
                        counts.computeIfAbsent(term, t -> new int[] {0, freq})[0]++;
                    }
                    if (labels != null) {
                        for (BytesRef label : labels) {
                            counts.computeIfAbsent(label, l -> new int[] {0, freq})[0]++;
                        }
                    }
                }
                float score = 0;
                for (int[] count : counts.values()) {
                    score += tf(count[0], passage.getLength()) * weight(contentLength, count[1]);
                }
                return score * norm(passage.getStartOffset());
            }
        };
    }

    private static void collectPrefixes(Query query, Set<String> fields, List<Prefix> into) {
        if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() != Occur.MUST_NOT) {
                    collectPrefixes(clause.getQuery(), fields, into);
                }
            }
        } else if (query instanceof BoostQuery boost) {
            collectPrefixes(boost.getQuery(), fields, into);
        } else if (query instanceof ConstantScoreQuery constant) {
            collectPrefixes(constant.getQuery(), fields, into);
        } else if (query instanceof PrefixQuery prefix && fields.contains(prefix.getField())) {
            Prefix found = new Prefix(prefix.getField(), prefix.getPrefix().bytes());
            if (!into.contains(found)) {
                into.add(found);
            }
        }
    }

    /** The words a query names on the highlighted fields, outside a NOT; notes any phrase among them. */
    private static final class TermCollector extends QueryVisitor {

        private final Set<String> fields;
        private final Map<String, Set<BytesRef>> terms;
        private final boolean[] positional;

        TermCollector(Set<String> fields, Map<String, Set<BytesRef>> terms, boolean[] positional) {
            this.fields = fields;
            this.terms = terms;
            this.positional = positional;
        }

        @Override
        public boolean acceptField(String field) {
            return fields.contains(field);
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
            if (!(query instanceof TermQuery)) {
                positional[0] = true;
            }
            for (Term term : found) {
                terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(BytesRef.deepCopyOf(term.bytes()));
            }
        }

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }
}
