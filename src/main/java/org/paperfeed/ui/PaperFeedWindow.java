package org.paperfeed.ui;

/** Placeholder so the ingest branch compiles; the ui branch replaces it. */
public final class PaperFeedWindow {

    private PaperFeedWindow() {
    }

    public static void launch(String[] args) {
        // placeholder: the ui branch opens the window here
    }
}
