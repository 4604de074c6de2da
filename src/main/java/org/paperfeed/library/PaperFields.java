package org.paperfeed.library;

/** Names of the index fields. One place, because queries, documents and highlighting must agree on them. */
final class PaperFields {

    static final String ID = "id";
    /**
     * The id again as sorted doc values, the last tie-break of every order. A field of its own: indexes written
     * before schema 2 hold {@code id} without doc values, and Lucene never lets a field change its doc-values type.
     */
    static final String ID_ORDER = "id_order";
    /** The title-derived id of every paper, so state stored before an arXiv id was known still finds it. */
    static final String TITLE_ID = "title_id";
    static final String TITLE_KEY = "title_key";
    /**
     * The paper's DOI ({@code 10.…}, lower case) whatever its id (schema 4): a paper re-keyed from {@code doi:…} to its
     * arXiv id is still found by the DOI id, and {@code doi:} searches it.
     */
    static final String DOI = "doi";
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    /**
     * The user's note on the paper: stored whole (a rebuilt journal takes it back from here) and indexed as prose,
     * searched with {@code note:}. Schema 4.
     */
    static final String NOTE = "note";
    static final String SOURCE = "source";
    static final String CATEGORY = "category";
    static final String FLAG = "flag";
    static final String PUBLISHED = "published";
    static final String ADDED = "added";
    /** AI keywords some sources add (Hugging Face): prose, searched with {@code keyword:} and, lightly, by default. */
    static final String KEYWORD = "keyword";
    /** The organization some sources name (Hugging Face): searched with {@code org:} and, lightly, by default. */
    static final String ORG = "org";
    /** The archive of each dotted category ({@code math} for {@code math.AG}), so {@code cat:math} finds them all. */
    static final String ARCHIVE = "archive";
    /** Every day the paper was listed on, distinct: points for day ranges, sorted-numeric doc values for counts. */
    static final String LISTED_DAY = "listed_day";
    /** Terms {@code source|yyyy-mm-dd} (source lower-cased) of each listing: a source's day view. */
    static final String LISTED_SOURCE_DAY = "listed_source_day";
    /** Sorted-set doc values {@code yyyy-mm-dd|Source} of each listing, as written: per-source day counts. */
    static final String SOURCE_DAY_COUNTS = "source_day_counts";
    /** Terms of each source that listed the paper, lower-cased: a source view. */
    static final String LISTED_BY = "listed_by";
    /** Binary doc values of every listing (day, upvotes, rank, source): the trending order of any span of days. */
    static final String LISTINGS = "listings";
    /** Doc values: the most upvotes any listing (or the source) gave. */
    static final String UPVOTES = "upvotes";
    /** Doc values: the lowest rank among the listings. */
    static final String RANK = "rank";
    /**
     * Numeric doc values: 1 when the user read the paper, 0 when not. The index's only copy of the read mark (schema
     * 5): {@code is:read}, {@code is:unread}, the unread filter and the day counts read it, and a change of the read
     * mark alone ("mark all read", opening a paper) is written in place as a doc-value update rather than by indexing
     * the paper's whole document again ({@link PaperIndex#setRead}). Schemas 2 to 4 also wrote {@code flag:read} and
     * {@code flag:unread} terms, which nothing reads any more.
     */
    static final String READ = "read";
    /**
     * The features For you learns from (schema 3): the stems of title and abstract without stop words, the pairs of
     * neighbouring stems (shingles, never across a stop word), and each author's whole name as one term
     * ({@link #AUTHOR_FEATURE} first). With term vectors, so a paper's features are read back without analysing it
     * again; document frequencies come from the same field.
     */
    static final String SHINGLE = "shingle";
    /** Marks an author's name among {@link #SHINGLE}'s terms (no word token can start with it). */
    static final String AUTHOR_FEATURE = "@";

    /** Everything else a source said, as JSON, so the paper can be rebuilt from the index alone. */
    static final String META = "meta";

    static final String FLAG_STARRED = "starred";
    static final String FLAG_UNSTARRED = "unstarred";
    /** {@code is:read}; no longer a {@link #FLAG} term (see {@link #READ}). */
    static final String FLAG_READ = "read";
    /** {@code is:unread}; no longer a {@link #FLAG} term (see {@link #READ}). */
    static final String FLAG_UNREAD = "unread";
    /** The user is not interested in the paper: hidden from day and source views. */
    static final String FLAG_NOT_INTERESTED = "notinterested";
    /** Starred or tagged: never hidden by a mute rule. */
    static final String FLAG_KEPT = "kept";
    /** The paper has a note ({@code is:noted}, the Notes view). */
    static final String FLAG_NOTED = "noted";

    /**
     * Lucene refuses a term longer than 32,766 UTF-8 bytes (and fails the whole commit). A keyword value comes from
     * sources and users (a source's name, a category, a tag), so each is cut to at most 8,000 characters: at most
     * 24,000 bytes, never splitting a surrogate pair.
     */
    static final int MAX_KEYWORD_CHARS = 8000;

    static String keywordValue(String value) {
        if (value.length() <= MAX_KEYWORD_CHARS) {
            return value;
        }
        int end = MAX_KEYWORD_CHARS;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    private PaperFields() {
    }
}
