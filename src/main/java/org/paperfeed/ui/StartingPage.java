package org.paperfeed.ui;

import org.paperfeed.model.SearchResults;
import org.paperfeed.model.ViewQuery;

/**
 * The first page of the view the window opens on, as {@link FeedViewModel}'s first list reads it, read before the
 * window was built ({@link StartingRows}).
 *
 * @param view the view it is a page of
 */
record StartingPage(ViewQuery view, SearchResults results) {

    /** Whether this is what a list asking for this page of {@code asked} would read. */
    boolean answers(ViewQuery asked, boolean muted, boolean exactTotal, int limit, int highlighted) {
        return view.equals(asked) && !muted && !exactTotal && limit == FeedViewModel.FIRST_PAGE
                && highlighted == FeedViewModel.SCREENFUL;
    }
}
