package org.paperfeed.ingest.fetch;

import java.util.Objects;

/**
 * One digest to download.
 *
 * @param userAdded the user typed this URL in, which is the only case besides loopback where plain http is accepted
 */
public record FetchRequest(String url, boolean userAdded) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }
}
