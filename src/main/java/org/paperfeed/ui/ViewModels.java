package org.paperfeed.ui;

/** The window's view models, created together on one app and handed to the views. */
public record ViewModels(Settings settings, SidebarViewModel sidebar, FeedViewModel feed, ReaderViewModel reader,
                         RefreshViewModel refresh, DayBarViewModel dayBar, TriageViewModel triage,
                         MuteRulesViewModel muteRules, InterestsViewModel interests) {

    public ViewModels {
        // A star, read mark or x made in the list or the pane shows in both at once, and all save in one queue.
        if (feed != null && reader != null) { // a test may build only the ones it needs
            feed.shareMarksAhead(reader.marksAhead());
        }
        if (triage != null && reader != null) {
            triage.shareMarksAhead(reader.marksAhead());
        }
        // And the counts it changes follow it at once too: Starred, Unread, the day's unread.
        if (sidebar != null && reader != null) {
            sidebar.countMarksAhead(reader.marksAhead());
        }
        if (dayBar != null && reader != null) {
            dayBar.countMarksAhead(reader.marksAhead());
        }
    }
}
