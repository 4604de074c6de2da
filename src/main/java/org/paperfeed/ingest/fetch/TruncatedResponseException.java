package org.paperfeed.ingest.fetch;

import java.io.IOException;

/** The body stopped before its end; worth another attempt, and never a partial success. */
final class TruncatedResponseException extends IOException {

    TruncatedResponseException(IOException cause) {
        super("response truncated", cause);
    }
}
