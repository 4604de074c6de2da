package org.paperfeed.library;

/** Names of the index fields. One place, because queries, documents and highlighting must agree on them. */
final class PaperFields {

    static final String ID = "id";
    /** The title-derived id of every paper, so state stored before an arXiv id was known still finds it. */
    static final String TITLE_ID = "title_id";
    static final String TITLE_KEY = "title_key";
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String SOURCE = "source";
    static final String CATEGORY = "category";
    static final String FLAG = "flag";
    static final String PUBLISHED = "published";
    static final String ADDED = "added";
    /** Everything else a source said, as JSON, so the paper can be rebuilt from the index alone. */
    static final String META = "meta";

    static final String FLAG_STARRED = "starred";
    static final String FLAG_UNSTARRED = "unstarred";
    static final String FLAG_READ = "read";
    static final String FLAG_UNREAD = "unread";

    private PaperFields() {
    }
}
