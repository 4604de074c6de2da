package org.paperfeed.ui;

/** Placeholder so the launcher compiles on this branch; the lead's branch has the real one. */
public final class PaperFeedWindow {

    private PaperFeedWindow() {
    }

    public static void launch(String[] args) {
        // placeholder
    }
}
