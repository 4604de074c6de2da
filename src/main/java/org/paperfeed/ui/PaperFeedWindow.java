package org.paperfeed.ui;

public final class PaperFeedWindow {
    public static void launch(String[] args) {
    }
}
