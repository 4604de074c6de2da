package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps requests to a domain and its subdomains a minimum time apart, as arXiv asks of its clients. A network
 * interceptor, so it counts what reaches the server (retries and redirect hops included) and not cache hits.
 * Each request reserves the next free slot before sleeping, so concurrent fetches queue up instead of all waking
 * at once.
 */
final class HostSpacingInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(HostSpacingInterceptor.class);

    private final Map<String, Duration> spacing;
    private final TimeSource time;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostSpacingInterceptor(Map<String, Duration> spacing, TimeSource time) {
        this.spacing = spacing;
        this.time = time;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String host = chain.request().url().host();
        for (Map.Entry<String, Duration> rule : spacing.entrySet()) {
            String domain = rule.getKey();
            if (host.equals(domain) || host.endsWith("." + domain)) {
                long waitNanos = reserveSlot(domain, rule.getValue());
                if (waitNanos > 0) {
                    LOG.debug("Waiting {} ms before requesting {}", waitNanos / 1_000_000, host);
                    time.sleep(Duration.ofNanos(waitNanos));
                }
                break;
            }
        }
        return chain.proceed(chain.request());
    }

    private synchronized long reserveSlot(String domain, Duration interval) {
        long now = time.nanoTime();
        Long next = nextSlot.get(domain);
        long start = next == null || next - now < 0 ? now : next;
        nextSlot.put(domain, start + interval.toNanos());
        return start - now;
    }
}
