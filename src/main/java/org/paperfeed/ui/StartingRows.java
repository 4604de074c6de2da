package org.paperfeed.ui;

import java.util.Optional;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.ListingCounts;
import org.paperfeed.model.ViewQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window's first view lists, read in {@code Application.init} (off the FX thread, while the toolkit styles
 * its first controls): the day bar's counts, when the first view is a day's, and the first page of that view. The
 * view models take them in {@code start}, before the window is shown, so its first frame holds its rows: before,
 * the counts and then the page were each asked of a background thread once the window showed, and each answer
 * waited for the FX thread to finish laying out and drawing the empty window, which it then laid out and drew again.
 *
 * <p>Only a shortcut: what the window shows is what it showed before. The page is used only when the list's first
 * search asks for exactly it (same view, order, page and highlighting; {@link StartingPage#answers}); otherwise, or
 * when reading failed, the list searches as before. Nothing writes to the library between {@code init} and the first
 * rows (its writer opens after them), so neither can be stale.
 *
 * @param days the day bar's counts (days, weeks and months), for a first view on the latest day
 *             ({@link DayBarViewModel#startWith}); null otherwise
 * @param page the first view's first page ({@link FeedViewModel#startWith}); null when the first list is not a
 *             page of a view (For you) or is left to the list
 */
record StartingRows(ListingCounts days, StartingPage page) {

    private static final Logger LOG = LoggerFactory.getLogger(StartingRows.class);

    static final StartingRows NONE = new StartingRows(null, null);

    /**
     * Reads what the window will first list when it opens on {@code first}, as {@link MainWindow#show} lists it; a
     * failure to read is left to the list, which then says it.
     */
    static StartingRows read(BrowseDays browse, Feed first, SortMemory sorts) {
        try {
            boolean latestDay = first.equals(Feed.TODAY) || first.forYou();
            ListingCounts days = latestDay ? browse.counts() : null;
            if (latestDay && days.days().isEmpty()) {
                // No listing day: the list shows every day once the bar says so; not worth guessing.
                return new StartingRows(days, null);
            }
            DayRange range = latestDay ? DayRange.day(days.days().get(0).day()) : null;
            if (!latestDay && !first.equals(Feed.ALL)) {
                // Other views keep the day bar where it is; the list's first view is its own to work out.
                return NONE;
            }
            Optional<ViewQuery> view = FeedViewModel.firstView(first, range, sorts);
            StartingPage page = view.isPresent()
                    ? new StartingPage(view.get(), FeedViewModel.firstPage(browse, view.get())) : null;
            return new StartingRows(days, page);
        } catch (PaperFeedException | RuntimeException e) {
            LOG.debug("The first rows are left to the list: {}", e.toString());
            return NONE;
        }
    }
}
