package org.paperfeed.ingest.fetch;

import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Cache;
import okhttp3.OkHttpClient;

/**
 * Builds the one {@link OkHttpClient} the application shares: it owns the connection pool, the thread pool and
 * the cache directory, and two {@link Cache} instances on one directory would corrupt it. {@link FetchClient} calls
 * it once, on the first fetch (not at start-up, so a command that never fetches pays nothing); derive variants with
 * {@link OkHttpClient#newBuilder()}, which shares all three.
 *
 * <p>Application interceptors, outermost first: User-Agent, redirects, the https policy (so every hop is
 * checked), retries, then the body cap (so a broken body is retried). Host spacing is a network interceptor so
 * that it sees every request that leaves the machine and no cache hit.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    public static OkHttpClient create(FetchSettings settings) {
        return create(settings, TimeSource.SYSTEM);
    }

    public static OkHttpClient create(FetchSettings settings, TimeSource time) {
        OkHttpWarnings.install();
        return new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .cache(new Cache(settings.cacheDirectory().toFile(), settings.cacheMaxBytes()))
                .addInterceptor(new UserAgentInterceptor(UserAgentInterceptor.forThisBuild()))
                .addInterceptor(new RedirectInterceptor(settings.maxRedirects()))
                .addInterceptor(new TransportPolicyInterceptor())
                .addInterceptor(new RetryInterceptor(settings.maxAttempts(), settings.firstRetryDelay(),
                        settings.maxRetryAfter(), time, () -> ThreadLocalRandom.current().nextDouble()))
                .addInterceptor(new BodyLimitInterceptor(settings.maxBodyBytes()))
                .addNetworkInterceptor(new HostSpacingInterceptor(settings.hostSpacing(), time))
                .build();
    }
}
