package org.paperfeed.ingest.fetch;

import java.time.Instant;
import java.util.Objects;

/** What a fetch ended with. Failures are outcomes, not exceptions: being offline is normal for a desktop app. */
public sealed interface FetchOutcome {

    /**
     * A complete body; never a partial one.
     *
     * @param body        decompressed; not copied, so callers must not modify it
     * @param contentType the Content-Type header, or null when the server sent none
     * @param finalUrl    the URL after redirects, which is what a parse error should name
     * @param serverDate  the response's {@code Date} header, or null when the server sent none: the day a page
     *                    without years in its dates was served
     */
    record Fetched(byte[] body, String contentType, String finalUrl, Instant serverDate) implements FetchOutcome {

        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(finalUrl, "finalUrl");
        }

        public Fetched(byte[] body, String contentType, String finalUrl) {
            this(body, contentType, finalUrl, null);
        }
    }

    /**
     * The server confirmed the copy fetched last time is current.
     *
     * @param cached that copy, from the cache: whether it ever reached the library is for the caller to know
     */
    record NotModified(Fetched cached) implements FetchOutcome {

        public NotModified {
            Objects.requireNonNull(cached, "cached");
        }
    }

    /**
     * @param reason  in words a user understands, such as "not found (404)"
     * @param offline the network or host could not be reached at all, so the UI can say "offline" once rather
     *                than report every source as broken
     */
    record Failed(String reason, boolean offline) implements FetchOutcome {

        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
