package org.paperfeed.model;

/**
 * Narrows a search to the user's own marks.
 *
 * @param tag null for any tag
 */
public record PaperFilter(boolean starredOnly, boolean unreadOnly, String tag) {

    public static final PaperFilter NONE = new PaperFilter(false, false, null);
}
