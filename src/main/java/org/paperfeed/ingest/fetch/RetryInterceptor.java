package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries again after failures that are likely to pass: dropped or refused connections, timeouts, truncated bodies,
 * 5xx and 429. Pauses grow exponentially with jitter, so many clients that failed together do not come back
 * together; a server's Retry-After wins over the backoff but is capped, because a user is waiting.
 *
 * <p>When the attempts run out on a status, the reason names the status and the count, which only this class
 * knows. Unknown hosts and certificate errors are not retried: another try cannot fix them.
 */
final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxRetryAfter;
    private final TimeSource time;
    private final DoubleSupplier jitter;

    /** @param jitter values in [0, 1) */
    RetryInterceptor(int maxAttempts, Duration firstDelay, Duration maxRetryAfter, TimeSource time,
            DoubleSupplier jitter) {
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxRetryAfter = maxRetryAfter;
        this.time = time;
        this.jitter = jitter;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (attempt == maxAttempts && attempt > 1 && e instanceof SocketTimeoutException timeout) {
                    throw new TimedOutOnEveryAttempt(timeout, attempt);
                }
                if (attempt == maxAttempts || !isTransient(e) || chain.call().isCanceled()) {
                    throw e;
                }
                pause(request, backoff(attempt), e.toString());
                continue;
            }
            if (!isTransient(response.code())) {
                return response;
            }
            response.close();
            if (attempt == maxAttempts) {
                throw new FetchRefusedException(giveUpReason(response, attempt));
            }
            pause(request, waitAfter(response, attempt), "status " + response.code());
        }
    }

    private Duration waitAfter(Response response, int failedAttempts) {
        return RetryAfter.parse(response.header("Retry-After"), time.now())
                .map(asked -> asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked)
                .orElseGet(() -> backoff(failedAttempts));
    }

    private void pause(Request request, Duration wait, String cause) throws InterruptedIOException {
        LOG.info("Retrying {} in {} ms after {}", request.url(), wait.toMillis(), cause);
        time.sleep(wait);
    }

    /** Half the exponential delay is fixed and half random ("equal jitter"), so a retry never comes too soon. */
    private Duration backoff(int failedAttempts) {
        long exponential = firstDelay.toMillis() << (failedAttempts - 1);
        return Duration.ofMillis(exponential / 2 + (long) (exponential / 2 * jitter.getAsDouble()));
    }

    private static boolean isTransient(int code) {
        return code == 429 || code >= 500;
    }

    private static boolean isTransient(IOException e) {
        boolean interrupted = e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException);
        return !interrupted
                && !(e instanceof FetchRefusedException)
                && !(e instanceof UnknownHostException)
                && !(e instanceof SSLHandshakeException)
                && !(e instanceof SSLPeerUnverifiedException);
    }

    private static String giveUpReason(Response response, int attempts) {
        if (response.code() == 429) {
            return "rate limited by " + response.request().url().host() + " (429) after "
                    + Wording.attempts(attempts);
        }
        return "server error " + response.code() + " after " + Wording.attempts(attempts);
    }
}
