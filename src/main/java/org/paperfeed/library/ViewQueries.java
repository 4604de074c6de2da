package org.paperfeed.library;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.model.SortOrder;

/** What a {@link ViewScope} adds to a search: the filters of its days, source and hiding, and the order of its rows. */
final class ViewQueries {

    private ViewQueries() {
    }

    /** The query narrowed to the scope's days and source, with hidden papers left out, kept or alone. */
    static Query scoped(Query query, ViewScope scope, HiddenPapers hidden) {
        BooleanQuery.Builder scoped = new BooleanQuery.Builder().add(query, Occur.MUST);
        boolean narrowed = false;
        if (scope.days() != null && scope.listedBy() != null) {
            List<BytesRef> terms = new ArrayList<>();
            for (LocalDate day = scope.days().first(); !day.isAfter(scope.days().last()); day = day.plusDays(1)) {
                terms.add(new BytesRef(PaperDocuments.sourceDay(scope.listedBy(), day)));
            }
            scoped.add(new TermInSetQuery(PaperFields.LISTED_SOURCE_DAY, terms), Occur.FILTER);
            narrowed = true;
        } else if (scope.days() != null) {
            scoped.add(LongPoint.newRangeQuery(PaperFields.LISTED_DAY, scope.days().first().toEpochDay(),
                    scope.days().last().toEpochDay()), Occur.FILTER);
            narrowed = true;
        } else if (scope.listedBy() != null) {
            scoped.add(new TermQuery(new Term(PaperFields.LISTED_BY, PaperDocuments.lower(scope.listedBy()))),
                    Occur.FILTER);
            narrowed = true;
        }
        switch (scope.hiding()) {
            case LEFT_OUT -> {
                scoped.add(hidden.hidden(), Occur.MUST_NOT);
                narrowed = true;
            }
            case ONLY_MUTED -> {
                scoped.add(hidden.mutedByRules(), Occur.FILTER);
                narrowed = true;
            }
            case SHOWN -> {
            }
        }
        return narrowed ? scoped.build() : query;
    }

    /**
     * The order of a list. Every order ends on the paper id: a mark rewrites the paper's document, which gives it a
     * new Lucene doc id in a newer segment, and a tie left to doc ids would move the row.
     */
    static Sort sort(SortOrder order, ViewScope scope, IndexSearcher searcher) throws IOException {
        SortField id = new SortField(PaperFields.ID_ORDER, SortField.Type.STRING);
        SortField published = new SortField(PaperFields.PUBLISHED, SortField.Type.LONG, true);
        SortField added = new SortField(PaperFields.ADDED, SortField.Type.LONG, true);
        return switch (order) {
            case RELEVANCE -> RelevanceTopDocs.ORDER;
            case DATE -> scope.days() == null ? new Sort(published, added, id)
                    : new Sort(new ListingOrder(ListingOrder.Mode.NEWEST, scope.days(), Map.of()).getSortField(true),
                            published, added, id);
            case TRENDING -> new Sort(new ListingOrder(ListingOrder.Mode.TRENDING, scope.days(),
                    ListingOrder.sourcePlaces(scope.sourceOrder(), listedSources(searcher))).getSortField(true), id);
        };
    }

    /** Every source that listed a paper, lower-cased, from the terms of the index. */
    private static List<String> listedSources(IndexSearcher searcher) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(PaperFields.LISTED_BY);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                names.add(term.utf8ToString());
            }
        }
        return new ArrayList<>(names);
    }
}
