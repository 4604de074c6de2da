package org.paperfeed.app.sources;

import java.util.Objects;

/**
 * A source as the window and the command line see it: its settings and how its last refresh went.
 *
 * @param format    a name from {@link SourceFormats}, {@code auto} when each response is inspected
 * @param userAdded the user typed the URL in (only such sources may use plain http)
 */
public record SourceInfo(String name, String url, String format, boolean enabled, boolean userAdded,
                         SourceStatus status) {

    public SourceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
    }
}
