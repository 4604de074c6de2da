package org.paperfeed.ui;

/** The window's view models, created together on one app and handed to the views. */
public record ViewModels(Settings settings, SidebarViewModel sidebar, FeedViewModel feed, ReaderViewModel reader,
                         RefreshViewModel refresh, DayBarViewModel dayBar, TriageViewModel triage,
                         MuteRulesViewModel muteRules, InterestsViewModel interests) {
}
