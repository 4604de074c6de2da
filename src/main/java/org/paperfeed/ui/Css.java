package org.paperfeed.ui;

/** Style class names shared by the views and the stylesheets in {@code resources/org/paperfeed/ui}. */
public final class Css {

    public static final String COLORS = "colors.css";
    public static final String[] SHEETS = {COLORS, "window.css", "sidebar.css", "feed.css", "reader.css"};

    public static final String WINDOW = "pf-window";
    public static final String APP_NAME = "pf-app-name";
    public static final String TOOLBAR = "pf-toolbar";
    public static final String SIDEBAR = "pf-sidebar";
    public static final String SIDEBAR_HEADER = "pf-sidebar-header";
    public static final String SIDEBAR_ITEM = "pf-sidebar-item";
    public static final String SIDEBAR_COUNT = "pf-sidebar-count";
    public static final String SOURCE = "pf-source";
    public static final String SOURCE_STATE = "pf-source-state";
    public static final String FEED = "pf-feed";
    public static final String FEED_STATUS = "pf-feed-status";
    public static final String QUERY_ERROR = "pf-query-error";
    public static final String ROW = "pf-row";
    public static final String ROW_TITLE = "pf-row-title";
    public static final String ROW_META = "pf-row-meta";
    public static final String ROW_DATE = "pf-row-date";
    public static final String ROW_LISTINGS = "pf-row-listings";
    public static final String HIDDEN_BADGE = "pf-hidden-badge";
    public static final String FOR_YOU_BADGE = "pf-foryou-badge";
    public static final String WHY_TERM = "pf-why-term";
    public static final String WHY = "pf-why";
    public static final String ROW_SNIPPET = "pf-row-snippet";
    public static final String UNREAD_DOT = "pf-unread-dot";
    public static final String STAR = "pf-star";
    public static final String STARRED = "pf-starred";
    public static final String CHIP = "pf-chip";
    /** The icon on a row whose paper has a note. */
    public static final String ROW_NOTE = "pf-row-note";
    public static final String MATCH = "pf-match";
    public static final String READER = "pf-reader";
    public static final String READER_TITLE = "pf-reader-title";
    public static final String READER_META = "pf-reader-meta";
    public static final String READER_ABSTRACT = "pf-reader-abstract";
    /** A web address written in an abstract, shown as a link. */
    public static final String TEXT_LINK = "pf-text-link";
    /** A {@link WrappedText}'s flow, shown for text JavaFX shapes as complex. */
    public static final String WRAPPED_TEXT = "pf-wrapped-text";
    /** The words of a {@link WrappedText} filled and set as its label's own text ({@link WrappedText#asItsLabel}). */
    public static final String LABEL_TEXT = "pf-label-text";
    /** The words of a {@link WrappedLink} shown as a flow; filled and underlined as the link, not by a style. */
    public static final String LINK_TEXT = "pf-link-text";
    /** The words of a notice shown as a flow ({@link WrappedText}), coloured as its label. */
    public static final String NOTICE_TEXT = "pf-notice-text";
    /** The words of the empty list's message shown as a flow ({@link WrappedText}), coloured as its label. */
    public static final String EMPTY_TEXT = "pf-empty-text";
    /** The words of the reading pane's title (a text flow, so its formulas can be typeset inline). */
    public static final String READER_TITLE_TEXT = "pf-reader-title-text";
    /** The reading pane's author line, and each of its names and commas. */
    public static final String READER_AUTHORS = "pf-reader-authors";
    public static final String READER_AUTHOR = "pf-reader-author";
    public static final String READER_SECTION = "pf-reader-section";
    public static final String RELATED = "pf-related";
    public static final String READER_EXTRAS = "pf-reader-extras";
    public static final String DAY_BAR = "pf-day-bar";
    public static final String DAY_LABEL = "pf-day-label";
    public static final String UNDO_BAR = "pf-undo";
    public static final String NOTICES = "pf-notices";
    public static final String PLACEHOLDER = "pf-placeholder";
    public static final String KEY_OVERLAY = "pf-key-overlay";
    public static final String KEY_OVERLAY_KEY = "pf-key-overlay-key";
    public static final String KEY_OVERLAY_ROWS = "pf-key-overlay-rows";
    public static final String READER_MESSAGE = "pf-reader-message";

    private Css() {
    }
}
