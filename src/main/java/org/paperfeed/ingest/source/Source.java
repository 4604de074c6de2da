package org.paperfeed.ingest.source;

import java.util.Objects;
import org.paperfeed.ingest.DigestFormat;

/**
 * A place digests come from.
 *
 * @param format    null to detect the format from each response, for sources whose format the user did not name
 * @param userAdded the user typed the URL in; only such sources may use plain http
 */
public record Source(String name, String url, DigestFormat format, boolean enabled, boolean userAdded) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
    }
}
