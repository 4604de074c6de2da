package org.paperfeed.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.TitleKey;
import tools.jackson.databind.json.JsonMapper;

/** Turns a paper and its state into an index document and back. */
final class PaperDocuments {

    /** Prose with offsets in the postings, so snippets are cut without re-analysing the text. */
    private static final FieldType PROSE = proseType();

    /** Sorts papers without a date after every dated one. */
    static final long NO_DATE = Long.MIN_VALUE;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Meta(List<String> authors, LocalDate published, String source, List<PaperLink> links,
                        Integer upvotes, List<String> categories, long added) {
    }

    private PaperDocuments() {
    }

    static Document toDocument(Paper paper, PaperState state, Instant added) {
        Document doc = new Document();
        doc.add(new StringField(PaperFields.ID, paper.id().value(), Field.Store.YES));
        doc.add(new StringField(PaperFields.TITLE_ID, PaperId.fromTitle(paper.title()).value(), Field.Store.NO));
        doc.add(new StringField(PaperFields.TITLE_KEY, TitleKey.of(paper.title()), Field.Store.NO));
        doc.add(new Field(PaperFields.TITLE, paper.title(), PROSE));
        doc.add(new Field(PaperFields.ABSTRACT, paper.abstractText(), PROSE));
        for (String author : paper.authors()) {
            doc.add(new TextField(PaperFields.AUTHOR, author, Field.Store.NO));
        }
        doc.add(new StringField(PaperFields.SOURCE, paper.source().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        for (String category : paper.categories()) {
            doc.add(new StringField(PaperFields.CATEGORY, category.toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        }
        long published = paper.published() == null ? NO_DATE : paper.published().toEpochDay();
        // Always a point, undated papers at NO_DATE: Lucene wants every document to give a field the same schema.
        doc.add(new LongPoint(PaperFields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(PaperFields.PUBLISHED, published));
        doc.add(new LongPoint(PaperFields.ADDED, added.toEpochMilli()));
        doc.add(new NumericDocValuesField(PaperFields.ADDED, added.toEpochMilli()));
        addState(doc, state);
        Meta meta = new Meta(paper.authors(), paper.published(), paper.source(), paper.links(), paper.upvotes(),
                paper.categories(), added.toEpochMilli());
        doc.add(new StoredField(PaperFields.META, JSON.writeValueAsString(meta)));
        return doc;
    }

    private static void addState(Document doc, PaperState state) {
        doc.add(new StringField(PaperFields.FLAG,
                state.starred() ? PaperFields.FLAG_STARRED : PaperFields.FLAG_UNSTARRED, Field.Store.NO));
        doc.add(new StringField(PaperFields.FLAG,
                state.read() ? PaperFields.FLAG_READ : PaperFields.FLAG_UNREAD, Field.Store.NO));
        for (String tag : state.tags()) {
            doc.add(new StringField(PaperFields.TAG, tag, Field.Store.NO));
        }
    }

    /** The paper and first-seen time stored in a document; its state comes from the state store. */
    static StoredPaper fromDocument(Document doc) {
        Meta meta = JSON.readValue(doc.get(PaperFields.META), Meta.class);
        Paper paper = new Paper(new PaperId(doc.get(PaperFields.ID)), doc.get(PaperFields.TITLE),
                doc.get(PaperFields.ABSTRACT), nonNull(meta.authors()), meta.published(), meta.source(),
                nonNull(meta.links()), meta.upvotes(), nonNull(meta.categories()));
        return new StoredPaper(paper, Instant.ofEpochMilli(meta.added()));
    }

    record StoredPaper(Paper paper, Instant added) {
        LibraryPaper withState(PaperState state) {
            return new LibraryPaper(paper, state, added);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static FieldType proseType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
