package org.paperfeed.ui;

/** Hands a URL to the system browser; the window's is {@code HostServices::showDocument}, tests record calls. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
