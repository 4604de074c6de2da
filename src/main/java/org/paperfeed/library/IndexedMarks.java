package org.paperfeed.library;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * The per-paper marks the index mirrors, read back from its keyword terms ({@link PaperFields#FLAG} and
 * {@link PaperFields#TAG}, as {@link PaperDocuments} writes them), the read mark's doc values
 * ({@link PaperFields#READ}) and, for notes, the stored {@link PaperFields#NOTE}: what a damaged journal is checked
 * against and rebuilt from. Tags are checked to at most 100 characters before they are journaled, so their terms hold
 * them whole.
 */
final class IndexedMarks {

    /** A marked paper's state as the index holds it, and the title id its marks may be journaled under. */
    record Marked(PaperState state, PaperId titleId) {
    }

    private IndexedMarks() {
    }

    /** Every live paper with a star, read mark, tag or not-interested mark, by the id its document holds. */
    static Map<PaperId, Marked> read(IndexSearcher searcher) throws IOException {
        Map<PaperId, Marked> marks = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Set<Integer> starred = docs(reader, PaperFields.FLAG, PaperFields.FLAG_STARRED);
            Set<Integer> read = readDocs(reader);
            Set<Integer> notInterested = docs(reader, PaperFields.FLAG, PaperFields.FLAG_NOT_INTERESTED);
            Set<Integer> noted = docs(reader, PaperFields.FLAG, PaperFields.FLAG_NOTED);
            Map<Integer, Set<String>> tags = new HashMap<>();
            Terms tagTerms = reader.terms(PaperFields.TAG);
            if (tagTerms != null) {
                TermsEnum terms = tagTerms.iterator();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    String tag = term.utf8ToString();
                    PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        tags.computeIfAbsent(doc, d -> new HashSet<>()).add(tag);
                    }
                }
            }
            Set<Integer> marked = new HashSet<>(starred);
            marked.addAll(read);
            marked.addAll(notInterested);
            marked.addAll(noted);
            marked.addAll(tags.keySet());
            Bits live = reader.getLiveDocs();
            StoredFields stored = reader.storedFields();
            for (int doc : marked) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document fields = stored.document(doc, Set.of(PaperFields.ID, PaperFields.TITLE, PaperFields.NOTE));
                String note = noted.contains(doc) && fields.get(PaperFields.NOTE) != null ? fields.get(PaperFields.NOTE)
                        : "";
                PaperState state = new PaperState(starred.contains(doc), read.contains(doc),
                        tags.getOrDefault(doc, Set.of()), notInterested.contains(doc), note);
                marks.put(new PaperId(fields.get(PaperFields.ID)),
                        new Marked(state, PaperId.fromTitle(fields.get(PaperFields.TITLE))));
            }
        }
        return marks;
    }

    /** Matches every paper with a star, read mark, tag, not-interested mark or note. */
    static Query anyMark() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PaperFields.FLAG, PaperFields.FLAG_STARRED)), BooleanClause.Occur.SHOULD)
                .add(PaperDocuments.readIs(true), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(PaperFields.FLAG, PaperFields.FLAG_NOT_INTERESTED)),
                        BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(PaperFields.FLAG, PaperFields.FLAG_NOTED)), BooleanClause.Occur.SHOULD)
                .add(new TermRangeQuery(PaperFields.TAG, null, null, true, true), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The documents whose read mark is set ({@link PaperFields#READ}, updated in place, so not a term). */
    private static Set<Integer> readDocs(LeafReader reader) throws IOException {
        Set<Integer> docs = new HashSet<>();
        NumericDocValues values = reader.getNumericDocValues(PaperFields.READ);
        if (values == null) {
            return docs;
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (values.longValue() == PaperDocuments.readValue(true)) {
                docs.add(doc);
            }
        }
        return docs;
    }

    private static Set<Integer> docs(LeafReader reader, String field, String value) throws IOException {
        Set<Integer> docs = new HashSet<>();
        Terms terms = reader.terms(field);
        if (terms == null) {
            return docs;
        }
        TermsEnum iterator = terms.iterator();
        if (iterator.seekExact(new BytesRef(value))) {
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs.add(doc);
            }
        }
        return docs;
    }
}
