package org.paperfeed.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.model.Doi;
import org.paperfeed.model.Listing;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.TitleKey;
import org.paperfeed.support.Json;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Turns a paper and its state into an index document and back. */
final class PaperDocuments {

    /** Prose with offsets in the postings, so snippets are cut without re-analysing the text. */
    private static final FieldType PROSE = proseType();

    /** Sorts papers without a date after every dated one. */
    static final long NO_DATE = Long.MIN_VALUE;

    /**
     * The order {@link PaperIndex#NEWEST_FIRST} gives papers added at one instant: date, newest first, then id as
     * bytes (how Lucene compares the id's sorted doc values).
     */
    static final java.util.Comparator<Paper> IN_INDEX_ORDER = java.util.Comparator
            .comparingLong(PaperDocuments::publishedValue).reversed()
            .thenComparing(paper -> new BytesRef(paper.id().value()));

    /** For you's features: term vectors with frequencies, no norms, nothing stored (see {@link PaperFields#SHINGLE}). */
    private static final FieldType FEATURES = featureType(true);
    /** An author's whole name as one feature term, in the same field. */
    private static final FieldType AUTHOR_FEATURE = featureType(false);

    private static final JsonMapper JSON = Json.FILES;

    /** Listings, extras and the DOI were added later: a document stored before them reads them as null. */
    private record Meta(List<String> authors, LocalDate published, String source, List<PaperLink> links,
                        Integer upvotes, List<String> categories, long added, List<Listing> listings,
                        PaperExtras extras, String doi) {
    }

    /**
     * The stored fields {@link #fromDocument} reads: a search loads only these (a note, also stored, is not shown in
     * a list and is read where it is edited).
     */
    static final Set<String> PAPER_FIELDS = Set.of(PaperFields.ID, PaperFields.TITLE, PaperFields.ABSTRACT,
            PaperFields.META);
    /** Resolved once: every hit of every search reads one {@link Meta}. */
    private static final ObjectReader META_READER = JSON.readerFor(Meta.class);
    /**
     * Resolved once too: every paper an import adds writes one. Without {@link PaperLink#isSafeToOpen()}, which
     * Jackson would otherwise store as a property, parsing every link's URI on every write (a third of the JSON's
     * cost in an import's profile); it is decided again whenever a link is opened, and readers ignore it in older
     * documents.
     */
    private static final ObjectWriter META_WRITER = JSON.rebuild().addMixIn(PaperLink.class, StoredLink.class)
            .build().writerFor(Meta.class);

    /** What of a {@link PaperLink} is stored: its components, not what is derived from them. */
    private abstract static class StoredLink {
        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract boolean isSafeToOpen();
    }

    private PaperDocuments() {
    }

    /** The value of the date field a paper is indexed and sorted by. */
    static long publishedValue(Paper paper) {
        return paper.published() == null ? NO_DATE : paper.published().toEpochDay();
    }

    static Document toDocument(Paper paper, PaperState state, Instant added) {
        Document doc = new Document();
        doc.add(new StringField(PaperFields.ID, paper.id().value(), Field.Store.YES));
        // The id as doc values too: the last tie-break of every order, so rewriting a document never moves its row.
        doc.add(new SortedDocValuesField(PaperFields.ID_ORDER, new BytesRef(paper.id().value())));
        doc.add(new StringField(PaperFields.TITLE_ID, PaperId.fromTitle(paper.title()).value(), Field.Store.NO));
        doc.add(new StringField(PaperFields.TITLE_KEY, TitleKey.of(paper.title()), Field.Store.NO));
        if (paper.doi() != null) {
            doc.add(new StringField(PaperFields.DOI, paper.doi(), Field.Store.NO));
        }
        doc.add(new Field(PaperFields.TITLE, paper.title(), PROSE));
        doc.add(new Field(PaperFields.ABSTRACT, paper.abstractText(), PROSE));
        for (String author : paper.authors()) {
            doc.add(new TextField(PaperFields.AUTHOR, author, Field.Store.NO));
        }
        addFeatures(doc, paper);
        // source: matches the source that first brought the paper and every source that listed it.
        Set<String> sources = new LinkedHashSet<>();
        sources.add(lower(paper.source()));
        paper.listings().forEach(listing -> sources.add(lower(listing.source())));
        for (String source : sources) {
            doc.add(new StringField(PaperFields.SOURCE, source, Field.Store.NO));
        }
        Set<String> archives = new LinkedHashSet<>();
        for (String category : paper.categories()) {
            String value = lower(category);
            doc.add(new StringField(PaperFields.CATEGORY, value, Field.Store.NO));
            int dot = value.indexOf('.');
            if (dot > 0) {
                archives.add(value.substring(0, dot));
            }
        }
        for (String archive : archives) {
            doc.add(new StringField(PaperFields.ARCHIVE, archive, Field.Store.NO));
        }
        addExtras(doc, paper.extras());
        addListings(doc, paper);
        long published = publishedValue(paper);
        // Always a point, undated papers at NO_DATE: Lucene wants every document to give a field the same schema.
        doc.add(new LongPoint(PaperFields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(PaperFields.PUBLISHED, published));
        doc.add(new LongPoint(PaperFields.ADDED, added.toEpochMilli()));
        doc.add(new NumericDocValuesField(PaperFields.ADDED, added.toEpochMilli()));
        addState(doc, state);
        Meta meta = new Meta(paper.authors(), paper.published(), paper.source(), paper.links(), paper.upvotes(),
                paper.categories(), added.toEpochMilli(), paper.listings(), paper.extras(), paper.doi());
        doc.add(new StoredField(PaperFields.META, META_WRITER.writeValueAsString(meta)));
        return doc;
    }

    /** Title and abstract through {@link FeatureAnalyzer}, and each author's name as one term. */
    private static void addFeatures(Document doc, Paper paper) {
        doc.add(new Field(PaperFields.SHINGLE, paper.title() + "\n" + paper.abstractText(), FEATURES));
        Set<String> names = new TreeSet<>();
        for (String author : paper.authors()) {
            String name = authorFeature(author);
            if (name != null) {
                names.add(name);
            }
        }
        for (String name : names) {
            doc.add(new Field(PaperFields.SHINGLE, name, AUTHOR_FEATURE));
        }
    }

    /** An author's feature term: {@code @} and the name folded to ASCII lower case, single-spaced; null if blank. */
    static String authorFeature(String author) {
        // Most names are plain ASCII: nothing to decompose, so the Unicode normalisation is skipped for them.
        String decomposed = isAscii(author) ? author
                : MARKS.matcher(java.text.Normalizer.normalize(author, java.text.Normalizer.Form.NFD)).replaceAll("");
        String folded = SPACES.matcher(decomposed.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        return folded.isEmpty() ? null : PaperFields.keywordValue(PaperFields.AUTHOR_FEATURE + folded);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** AI keywords and the organization are searched; the AI summary is only stored (in the meta JSON). */
    private static void addExtras(Document doc, PaperExtras extras) {
        for (String keyword : extras.aiKeywords()) {
            doc.add(new TextField(PaperFields.KEYWORD, keyword, Field.Store.NO));
        }
        if (extras.organization() != null && !extras.organization().isBlank()) {
            doc.add(new TextField(PaperFields.ORG, extras.organization(), Field.Store.NO));
        }
    }

    /** The listing days, per source too, and what the trending order needs, as points, terms and doc values. */
    private static void addListings(Document doc, Paper paper) {
        Set<Long> days = new TreeSet<>();
        Set<String> sourceDays = new TreeSet<>();
        Set<String> listedBy = new TreeSet<>();
        Set<String> counted = new TreeSet<>();
        Integer upvotes = paper.upvotes();
        Integer rank = null;
        for (Listing listing : paper.listings()) {
            days.add(listing.day().toEpochDay());
            sourceDays.add(sourceDay(listing.source(), listing.day()));
            listedBy.add(lower(listing.source()));
            counted.add(listing.day() + "|" + PaperFields.keywordValue(listing.source()));
            if (listing.upvotes() != null) {
                upvotes = upvotes == null ? listing.upvotes() : Math.max(upvotes, listing.upvotes());
            }
            if (listing.rank() != null) {
                rank = rank == null ? listing.rank() : Math.min(rank, listing.rank());
            }
        }
        for (long day : days) {
            doc.add(new LongPoint(PaperFields.LISTED_DAY, day));
            doc.add(new SortedNumericDocValuesField(PaperFields.LISTED_DAY, day));
        }
        for (String sourceDay : sourceDays) {
            doc.add(new StringField(PaperFields.LISTED_SOURCE_DAY, sourceDay, Field.Store.NO));
        }
        for (String source : listedBy) {
            doc.add(new StringField(PaperFields.LISTED_BY, source, Field.Store.NO));
        }
        for (String value : counted) {
            doc.add(new SortedSetDocValuesField(PaperFields.SOURCE_DAY_COUNTS, new BytesRef(value)));
        }
        if (!paper.listings().isEmpty()) {
            doc.add(new BinaryDocValuesField(PaperFields.LISTINGS, ListingCodec.encode(paper.listings())));
        }
        if (upvotes != null) {
            doc.add(new NumericDocValuesField(PaperFields.UPVOTES, upvotes));
        }
        if (rank != null) {
            doc.add(new NumericDocValuesField(PaperFields.RANK, rank));
        }
    }

    /** The term of one source's listing on one day, as {@link PaperFields#LISTED_SOURCE_DAY} holds it. */
    static String sourceDay(String source, LocalDate day) {
        return lower(source) + "|" + day;
    }

    /** A source or category as its keyword term: lower case, cut below Lucene's term limit. */
    static String lower(String value) {
        return PaperFields.keywordValue(value.toLowerCase(Locale.ROOT));
    }

    private static void addState(Document doc, PaperState state) {
        doc.add(new StringField(PaperFields.FLAG,
                state.starred() ? PaperFields.FLAG_STARRED : PaperFields.FLAG_UNSTARRED, Field.Store.NO));
        if (state.notInterested()) {
            doc.add(new StringField(PaperFields.FLAG, PaperFields.FLAG_NOT_INTERESTED, Field.Store.NO));
        }
        if (state.isKept()) {
            doc.add(new StringField(PaperFields.FLAG, PaperFields.FLAG_KEPT, Field.Store.NO));
        }
        // The read mark as a doc value only: it changes in place (PaperIndex.setRead), a term would not.
        doc.add(new NumericDocValuesField(PaperFields.READ, readValue(state.read())));
        for (String tag : state.tags()) {
            doc.add(new StringField(PaperFields.TAG, PaperFields.keywordValue(tag), Field.Store.NO));
        }
        if (state.hasNote()) {
            doc.add(new StringField(PaperFields.FLAG, PaperFields.FLAG_NOTED, Field.Store.NO));
            doc.add(new TextField(PaperFields.NOTE, state.note(), Field.Store.YES));
        }
    }

    /** What {@link PaperFields#READ} holds for a read mark. */
    static long readValue(boolean read) {
        return read ? 1 : 0;
    }

    /** Matches the papers whose read mark is {@code read} ({@code is:read}, {@code is:unread}, the unread filter). */
    static Query readIs(boolean read) {
        return NumericDocValuesField.newSlowExactQuery(PaperFields.READ, readValue(read));
    }

    /** The paper and first-seen time stored in a document; its state comes from the state store. */
    static StoredPaper fromDocument(Document doc) {
        Meta meta = META_READER.readValue(doc.get(PaperFields.META));
        Paper paper = new Paper(new PaperId(doc.get(PaperFields.ID)), doc.get(PaperFields.TITLE),
                doc.get(PaperFields.ABSTRACT), nonNull(meta.authors()), meta.published(), meta.source(),
                nonNull(meta.links()), meta.upvotes(), nonNull(meta.categories()), nonNull(meta.listings()),
                meta.extras() == null ? PaperExtras.NONE : meta.extras(), Doi.parse(meta.doi()).orElse(null));
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

    private static FieldType featureType(boolean tokenized) {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(tokenized);
        type.setOmitNorms(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    private static FieldType proseType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
