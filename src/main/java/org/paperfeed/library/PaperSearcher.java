package org.paperfeed.library;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.library.SnippetHighlighter.Highlights;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.ListingCounts;
import org.paperfeed.model.MutePreview;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;

/**
 * The library's reading side: searches with snippets, related papers, a whole abstract marked. It reads the last
 * commit through the index's searchers and the user's marks from the state store, and never writes.
 */
final class PaperSearcher {

    /** Matches are counted exactly up to here; a broader query reports "at least" this many. */
    private static final int EXACT_TOTAL_UP_TO = 1000;

    private final PaperIndex index;
    private final UserStateStore states;
    private final PaperQueryParser parser;

    private final Clock clock;
    private volatile CountedDays countedDays;
    private final ViewCounts viewCounts = new ViewCounts();

    PaperSearcher(PaperIndex index, UserStateStore states, PaperQueryParser parser) {
        this.index = index;
        this.states = states;
        this.clock = parser.clock();
        this.parser = parser.withLatestListingDay(this::latestListingDay);
    }

    SearchResults search(LibraryQuery request) throws QuerySyntaxException, IOException {
        long start = System.nanoTime();
        ViewScope scope = request.scope();
        HiddenPapers hidden = HiddenPapers.under(scope.muteRules(), parser);
        Query query = scoped(request, hidden);
        IndexSearcher searcher = index.acquire();
        try {
            if (request.limit() == 0) {
                return new SearchResults(List.of(), searcher.count(query), true,
                        Duration.ofNanos(System.nanoTime() - start));
            }
            int limit = (int) Math.min(Integer.MAX_VALUE, (long) request.offset() + request.limit());
            SortOrder order = request.sort() == SortOrder.RELEVANCE && request.text().isBlank()
                    ? SortOrder.DATE : request.sort();
            // Counting every match of a broad query costs a second pass; past the threshold a lower bound will do.
            int threshold = scope.exactTotal() ? Integer.MAX_VALUE : Math.max(EXACT_TOTAL_UP_TO, limit);
            TopDocs top = order == SortOrder.RELEVANCE ? RelevanceTopDocs.search(searcher, query, limit, threshold)
                    : searcher.search(query, new TopFieldCollectorManager(ViewQueries.sort(order, scope, searcher),
                            limit, null, threshold));
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            // Only the requested page is read from stored fields: that, not ranking, is what a deep page costs.
            ScoreDoc[] docs = request.offset() >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
            Map<Integer, Document> loaded = load(searcher, docs);
            List<Highlights> highlights = highlights(searcher, query, docs, loaded, request.snippets());
            boolean[] hiddenHits = hiddenFlags(searcher, docs, scope, hidden);
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                StoredPaper stored = PaperDocuments.fromDocument(loaded.get(docs[i].doc));
                LibraryPaper entry = stored.withState(states.get(stored.paper().id()));
                Highlights h = i < highlights.size() ? highlights.get(i)
                        : new Highlights(HighlightedText.plain(entry.paper().title()), HighlightedText.plain(""));
                hits.add(new SearchHit(entry, score(docs[i], order), h.title(), h.snippet(), hiddenHits[i]));
            }
            // Lucene's lower bound is the threshold plus however far it got; the threshold reads better ("1000+").
            long total = exact ? top.totalHits.value : threshold;
            return new SearchResults(hits, total, exact, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The titles and snippets {@code request}'s search would give these papers, in the order asked (once each); a
     * paper the library no longer holds is left out. What a list asks for the rows it scrolls to: a search
     * highlights only its first hits ({@link LibraryQuery#snippets()}), since highlighting is most of what a search
     * costs.
     */
    List<PaperSnippet> snippets(LibraryQuery request, List<PaperId> ids) throws QuerySyntaxException, IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = scoped(request);
        IndexSearcher searcher = index.acquire();
        try {
            List<PaperId> found = new ArrayList<>(ids.size());
            List<ScoreDoc> docs = new ArrayList<>(ids.size());
            // Once each: the highlighter takes each document once.
            for (PaperId id : new java.util.LinkedHashSet<>(ids)) {
                Optional<ScoreDoc> doc = docOf(searcher, id);
                if (doc.isPresent()) {
                    found.add(id);
                    docs.add(doc.get());
                }
            }
            ScoreDoc[] hits = docs.toArray(ScoreDoc[]::new);
            List<Highlights> highlights = highlights(searcher, query, hits, load(searcher, hits), hits.length);
            List<PaperSnippet> snippets = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                snippets.add(new PaperSnippet(found.get(i), highlights.get(i).title(), highlights.get(i).snippet()));
            }
            return snippets;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The exact number of papers {@code request} matches (its order, offset and limit ignored), remembered until the
     * next commit (see {@link ViewCounts}).
     */
    long count(LibraryQuery request) throws QuerySyntaxException, IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return viewCounts.count(searcher, request, LocalDate.now(clock), () -> scoped(request));
        } finally {
            index.release(searcher);
        }
    }

    /**
     * How many of {@code ids} {@code request} matches now (its order, offset and limit ignored): of the rows a list
     * has loaded, those still in its view, which is where the view's next page starts once some have left it (read
     * papers in the Unread view). Not remembered: the ids differ at every page.
     */
    long countAmong(LibraryQuery request, java.util.Collection<PaperId> ids)
            throws QuerySyntaxException, IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        List<org.apache.lucene.util.BytesRef> terms = new ArrayList<>(ids.size());
        for (PaperId id : ids) {
            terms.add(new org.apache.lucene.util.BytesRef(id.value()));
        }
        Query among = new BooleanQuery.Builder().add(scoped(request), Occur.FILTER)
                .add(new org.apache.lucene.search.TermInSetQuery(PaperFields.ID, terms), Occur.FILTER).build();
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(among);
        } finally {
            index.release(searcher);
        }
    }

    /** How many view counts were searched rather than remembered. */
    long viewCountSearches() {
        return viewCounts.searches();
    }

    private static float score(ScoreDoc doc, SortOrder order) {
        if (order == SortOrder.RELEVANCE && doc instanceof FieldDoc field && field.fields[0] instanceof Float f) {
            return f;
        }
        return Float.isNaN(doc.score) ? 0f : doc.score;
    }

    private static boolean[] hiddenFlags(IndexSearcher searcher, ScoreDoc[] docs, ViewScope scope,
                                         HiddenPapers hidden) throws IOException {
        boolean[] flags = new boolean[docs.length];
        switch (scope.hiding()) {
            case LEFT_OUT -> {
                return flags;
            }
            case ONLY_MUTED -> {
                Arrays.fill(flags, true);
                return flags;
            }
            default -> {
                int[] ids = new int[docs.length];
                for (int i = 0; i < docs.length; i++) {
                    ids[i] = docs[i].doc;
                }
                return hidden.flags(searcher, ids);
            }
        }
    }

    /**
     * The hits' stored documents, read through one {@link StoredFields} in index order: stored fields are compressed
     * in blocks, and hits that share a block (newest-first lists do) then decompress it once.
     */
    private static Map<Integer, Document> load(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Arrays.sort(ids);
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> loaded = new HashMap<>();
        for (int id : ids) {
            loaded.put(id, stored.document(id, PaperDocuments.PAPER_FIELDS));
        }
        return loaded;
    }

    private static List<Highlights> highlights(IndexSearcher searcher, Query query, ScoreDoc[] docs,
                                               Map<Integer, Document> loaded, int count) throws IOException {
        int n = Math.min(count, docs.length);
        if (n == 0) {
            return List.of();
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = docs[i].doc;
        }
        return SnippetHighlighter.highlight(searcher, query, ids, loaded);
    }

    /** The paper's document, if the library holds it. */
    private static Optional<ScoreDoc> docOf(IndexSearcher searcher, PaperId id) throws IOException {
        ScoreDoc[] self = searcher.search(new TermQuery(new Term(PaperFields.ID, id.value())), 1).scoreDocs;
        return self.length == 0 ? Optional.empty() : Optional.of(self[0]);
    }

    /** The request's query as its view scopes it: its filter, days, source and what its mute rules hide. */
    private Query scoped(LibraryQuery request) throws QuerySyntaxException {
        return scoped(request, HiddenPapers.under(request.scope().muteRules(), parser));
    }

    private Query scoped(LibraryQuery request, HiddenPapers hidden) throws QuerySyntaxException {
        return ViewQueries.scoped(withFilter(parser.parse(request.text()), request.filter()), request.scope(), hidden);
    }

    private static Query withFilter(Query query, PaperFilter filter) {
        if (filter.equals(PaperFilter.NONE)) {
            return query;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (filter.starredOnly()) {
            filtered.add(new TermQuery(new Term(PaperFields.FLAG, PaperFields.FLAG_STARRED)), Occur.FILTER);
        }
        if (filter.unreadOnly()) {
            filtered.add(PaperDocuments.readIs(false), Occur.FILTER);
        }
        if (filter.tag() != null) {
            filtered.add(PaperQueryParser.tag(filter.tag()), Occur.FILTER);
        }
        return filtered.build();
    }

    /**
     * Every listing day with papers, newest first, counted after hiding. Remembered for the searcher it was counted
     * on and the rules it was counted with: a window asks for it at every step through the days, and only a commit
     * or a rule change can change it.
     */
    List<DayCount> days(List<MuteRule> muteRules) throws IOException {
        return listingCounts(muteRules).days();
    }

    /**
     * Every listing day, ISO week and month with papers, newest first, counted after hiding in one pass, and
     * remembered as {@link #days} is.
     */
    ListingCounts listingCounts(List<MuteRule> muteRules) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            Object reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
            List<MuteRule> rules = List.copyOf(muteRules);
            CountedDays cached = countedDays;
            if (cached != null && cached.reader() == reader && cached.rules().equals(rules)
                    && cached.today().equals(LocalDate.now(clock))) {
                return cached.counts();
            }
            HiddenPapers hidden = HiddenPapers.under(rules, parser);
            Query listed = new FieldExistsQuery(PaperFields.LISTED_DAY);
            ListingCounts counts = DayCounter.count(searcher, hidden.leftOutOf(listed));
            countedDays = new CountedDays(reader, rules, LocalDate.now(clock), counts);
            return counts;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The latest listing day with papers after hiding, the first of {@link #days}, without counting the days (from the
     * days counted already, when they were for this searcher, these rules and this day).
     */
    Optional<LocalDate> latestDay(List<MuteRule> muteRules) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            List<MuteRule> rules = List.copyOf(muteRules);
            CountedDays cached = countedDays;
            if (cached != null && cached.reader() == searcher.getIndexReader().getReaderCacheHelper().getKey()
                    && cached.rules().equals(rules) && cached.today().equals(LocalDate.now(clock))) {
                return cached.counts().days().stream().findFirst().map(DayCount::day);
            }
            HiddenPapers hidden = HiddenPapers.under(rules, parser);
            return DayCounter.latest(searcher, hidden.leftOutOf(new FieldExistsQuery(PaperFields.LISTED_DAY)));
        } finally {
            index.release(searcher);
        }
    }

    /** Day counts and what they were counted on; a rule with {@code listed:yesterday} depends on the day too. */
    private record CountedDays(Object reader, List<MuteRule> rules, LocalDate today, ListingCounts counts) {
    }

    /** Every paper the query matches, read from the id doc values: no stored field, whatever the number. */
    List<PaperId> ids(LibraryQuery request) throws QuerySyntaxException, IOException {
        Query query = scoped(request);
        IndexSearcher searcher = index.acquire();
        try {
            List<PaperId> ids = new ArrayList<>();
            searcher.search(query, new SimpleCollector() {
                private SortedDocValues values;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    values = DocValues.getSorted(context.reader(), PaperFields.ID_ORDER);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        ids.add(new PaperId(values.lookupOrd(values.ordValue()).utf8ToString()));
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return ids;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * What a new mute rule would do: the papers it matches that are neither kept nor hidden already (by another rule
     * or a not-interested mark), and the papers it matches at all.
     */
    MutePreview mutePreview(String ruleQuery, List<MuteRule> muteRules) throws QuerySyntaxException, IOException {
        Query rule = parser.parse(ruleQuery);
        HiddenPapers hidden = HiddenPapers.under(muteRules, parser);
        Query newlyHidden = new BooleanQuery.Builder().add(rule, Occur.MUST)
                .add(HiddenPapers.kept(), Occur.MUST_NOT)
                .add(hidden.hidden(), Occur.MUST_NOT)
                .build();
        IndexSearcher searcher = index.acquire();
        try {
            return new MutePreview(searcher.count(newlyHidden), searcher.count(rule));
        } finally {
            index.release(searcher);
        }
    }

    /** The latest day any paper was listed on, from the points' upper bound: {@code listed:latest}. */
    private Optional<LocalDate> latestListingDay() throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), PaperFields.LISTED_DAY);
            return max == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(LongPoint.decodeDimension(max, 0)));
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Papers whose titles and abstracts share the most distinctive words with this one (Lucene's MoreLikeThis),
     * best first; empty for an unknown id.
     */
    List<LibraryPaper> related(PaperId id, int limit) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            Optional<ScoreDoc> self = docOf(searcher, id);
            if (self.isEmpty()) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setFieldNames(new String[] {PaperFields.TITLE, PaperFields.ABSTRACT});
            like.setAnalyzer(PaperAnalyzers.stemmedQuery());
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMaxQueryTerms(30);
            Query query = new BooleanQuery.Builder().add(like.like(self.get().doc), Occur.MUST)
                    .add(new TermQuery(new Term(PaperFields.ID, id.value())), Occur.MUST_NOT).build();
            List<LibraryPaper> related = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
                StoredPaper stored = PaperDocuments.fromDocument(searcher.storedFields().document(doc.doc));
                related.add(stored.withState(states.get(stored.paper().id())));
            }
            return related;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Which of a paper's authors {@code queryText} matches, by their place in its author list; empty when none does,
     * or for an unknown id.
     */
    java.util.Set<Integer> authorsMatched(PaperId id, String queryText) throws QuerySyntaxException, IOException {
        Query query = parser.parse(queryText);
        IndexSearcher searcher = index.acquire();
        try {
            Optional<ScoreDoc> self = docOf(searcher, id);
            if (self.isEmpty()) {
                return java.util.Set.of();
            }
            int doc = self.get().doc;
            List<String> authors = PaperDocuments.fromDocument(searcher.storedFields().document(doc)).paper()
                    .authors();
            return SnippetHighlighter.authorsMatched(searcher, query, doc, authors);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * A paper's whole abstract with what {@code queryText} matches in it marked, exactly as a search matches (stems,
     * phrases); plain when nothing in it matches, empty for an unknown id.
     */
    Optional<HighlightedText> highlightAbstract(PaperId id, String queryText)
            throws QuerySyntaxException, IOException {
        Query query = parser.parse(queryText);
        IndexSearcher searcher = index.acquire();
        try {
            Optional<ScoreDoc> self = docOf(searcher, id);
            if (self.isEmpty()) {
                return Optional.empty();
            }
            int doc = self.get().doc;
            HighlightedText marked = SnippetHighlighter.wholeAbstract(searcher, query, doc);
            return Optional.of(marked != null ? marked : HighlightedText.plain(
                    PaperDocuments.fromDocument(searcher.storedFields().document(doc)).paper().abstractText()));
        } finally {
            index.release(searcher);
        }
    }
}
