package org.paperfeed.ingest.fetch;

import java.net.SocketTimeoutException;

/**
 * The last of several attempts timed out, as each one before it was retried after: the failure's words then say how
 * many, since "timed out after 30 s" alone undersold a refresh that waited a minute and a half.
 */
final class TimedOutOnEveryAttempt extends SocketTimeoutException {

    private final int attempts;

    TimedOutOnEveryAttempt(SocketTimeoutException last, int attempts) {
        super(last.getMessage());
        initCause(last);
        this.attempts = attempts;
    }

    int attempts() {
        return attempts;
    }
}
