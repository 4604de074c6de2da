package org.paperfeed.ingest.fetch;

import java.io.IOException;

/**
 * A fetch that must not be retried, with the reason in the user's words. An {@link IOException} because
 * interceptors may only throw those; {@link DigestFetcher} turns it into a {@link FetchOutcome.Failed}.
 */
final class FetchRefusedException extends IOException {

    FetchRefusedException(String reason) {
        super(reason);
    }
}
