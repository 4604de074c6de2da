package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.CacheControl;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.paperfeed.ingest.fetch.FetchOutcome.Failed;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;
import org.paperfeed.ingest.fetch.FetchOutcome.NotModified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads digests. Blocking: call it from the refresh pool, never from the JavaFX thread. Safe to share between
 * threads.
 */
public final class DigestFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(DigestFetcher.class);

    /**
     * A refresh should show what the server has now, whatever freshness the server granted last time, so every
     * fetch revalidates. With a cached copy that costs one conditional request, answered 304 when nothing changed.
     */
    private static final CacheControl REVALIDATE = new CacheControl.Builder().maxAge(0, TimeUnit.SECONDS).build();

    private final OkHttpClient client;

    /** @param client from {@link HttpClientFactory}, whose interceptors supply the retries, caps and policies */
    public DigestFetcher(OkHttpClient client) {
        this.client = client;
    }

    public FetchOutcome fetch(FetchRequest request) {
        HttpUrl url = HttpUrl.parse(request.url());
        if (url == null) {
            return new Failed("not a web address: " + request.url(), false);
        }
        Request httpRequest = new Request.Builder()
                .url(url)
                .cacheControl(REVALIDATE)
                .tag(FetchRequest.class, request)
                .build();
        FetchOutcome outcome;
        try (Response response = client.newCall(httpRequest).execute()) {
            outcome = outcomeOf(response);
        } catch (IOException e) {
            outcome = FailureReasons.forException(e, url, client);
            LOG.debug("Fetching {} failed", url, e);
        }
        log(url, outcome);
        return outcome;
    }

    private static FetchOutcome outcomeOf(Response response) throws IOException {
        // OkHttp answers a 304 with the cached 200, so only the network response tells the two apart.
        Response network = response.networkResponse();
        if (response.cacheResponse() != null && (network == null || network.code() == 304)) {
            return new NotModified(bodyOf(response));
        }
        if (!response.isSuccessful()) {
            return FailureReasons.forStatus(response.code());
        }
        return bodyOf(response);
    }

    private static Fetched bodyOf(Response response) throws IOException {
        return new Fetched(response.body().bytes(), response.header("Content-Type"),
                response.request().url().toString(), response.headers().getInstant("Date"));
    }

    private static void log(HttpUrl url, FetchOutcome outcome) {
        if (outcome instanceof Fetched fetched) {
            LOG.info("Fetched {} ({} bytes)", fetched.finalUrl(), fetched.body().length);
        } else if (outcome instanceof Failed failed) {
            // info, not warn: the outcome carries the reason to the user (the window's source line, the CLI's one
            // stderr line); a warning here would print it a second time on the terminal
            LOG.info("Fetching {} failed: {}", url, failed.reason());
        } else {
            LOG.info("{} not modified", url);
        }
    }
}
