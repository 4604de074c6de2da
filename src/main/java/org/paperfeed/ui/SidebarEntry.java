package org.paperfeed.ui;

/**
 * One line of the sidebar: a section header, a feed with its count, or a source with its refresh state.
 *
 * @param feed   null for headers
 * @param count  papers in the feed (unread ones for a saved search); negative when not shown
 * @param source null unless this is a source line
 */
public record SidebarEntry(Kind kind, String label, Feed feed, long count, SourceLine source) {

    public enum Kind { HEADER, FEED, SAVED_SEARCH, TAG, SOURCE, SAMPLE }

    public static SidebarEntry header(String label) {
        return new SidebarEntry(Kind.HEADER, label, null, -1, null);
    }

    public static SidebarEntry feed(Kind kind, Feed feed, long count) {
        return new SidebarEntry(kind, feed.label(), feed, count, null);
    }

    /** A feed whose line says more than its name ("Latest day · 11 Mar"). */
    public static SidebarEntry feed(Kind kind, Feed feed, String label, long count) {
        return new SidebarEntry(kind, label, feed, count, null);
    }

    public static SidebarEntry source(SourceLine line) {
        // A source is also a feed: the papers it listed, combined with the day bar like any other.
        return new SidebarEntry(Kind.SOURCE, line.name(), Feed.source(line.name()), -1, line);
    }

    /**
     * The bundled sample, named as a sample ("Sample: Hugging Face Papers, Mar 11"); a feed of the papers it listed,
     * with "Remove sample" in its menu.
     */
    public static SidebarEntry sample(String label, long count) {
        Feed listed = Feed.source(org.paperfeed.app.RemoveSample.SOURCE);
        return new SidebarEntry(Kind.SAMPLE, label, new Feed(listed.key(), label, listed.query(), listed.filter(),
                listed.source(), false), count, null);
    }

    public boolean selectable() {
        return feed != null;
    }
}
