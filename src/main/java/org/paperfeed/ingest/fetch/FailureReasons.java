package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.paperfeed.ingest.fetch.FetchOutcome.Failed;

/** Turns what OkHttp reports into a reason a user can act on. */
final class FailureReasons {

    private FailureReasons() {
    }

    static Failed forStatus(int code) {
        String reason = switch (code) {
            case 401 -> "needs a login (401)";
            case 403 -> "access denied (403)";
            case 404 -> "not found (404)";
            case 410 -> "gone (410)";
            default -> code >= 300 && code < 400
                    ? "redirect without a target (" + code + ")"
                    : "refused by the server (" + code + ")";
        };
        return new Failed(reason, false);
    }

    static Failed forException(IOException e, HttpUrl url, OkHttpClient client) {
        if (e instanceof FetchRefusedException || e instanceof TruncatedResponseException) {
            return new Failed(e.getMessage(), false);
        }
        if (e instanceof UnknownHostException || e instanceof ConnectException
                || e instanceof NoRouteToHostException || isConnectTimeout(e)) {
            return new Failed("offline: cannot reach " + url.host(), true);
        }
        if (e instanceof TimedOutOnEveryAttempt every) {
            return new Failed(timedOut(client.readTimeoutMillis()).reason() + " on each of "
                    + Wording.attempts(every.attempts()), false);
        }
        if (e instanceof SocketTimeoutException) {
            return timedOut(client.readTimeoutMillis());
        }
        if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
            return timedOut(client.callTimeoutMillis());
        }
        if (e instanceof InterruptedIOException) {
            return new Failed("interrupted", false);
        }
        if (e instanceof SSLException) {
            return new Failed("no secure connection to " + url.host() + ": " + e.getMessage(), false);
        }
        return new Failed("network error with " + url.host() + ": " + e.getMessage(), false);
    }

    /** The JDK reports a connect timeout only through the message of a plain SocketTimeoutException. */
    private static boolean isConnectTimeout(IOException e) {
        return e instanceof SocketTimeoutException && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }

    private static Failed timedOut(int millis) {
        return new Failed("timed out after " + Wording.duration(Duration.ofMillis(millis)), false);
    }
}
