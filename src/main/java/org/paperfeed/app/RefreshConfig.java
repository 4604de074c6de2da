package org.paperfeed.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.ingest.fetch.TimeSource;
import org.paperfeed.ingest.source.DefaultSources;
import org.paperfeed.ingest.source.Source;

/**
 * How refreshing behaves: {@link #defaults()} in the application; tests shorten timeouts, stop the sleeping and
 * point the built-in hosts at a local server.
 *
 * @param settings       adjusts {@link FetchSettings#defaults} (whose cache folder is the data folder's)
 * @param time           the clocks and the sleep of retries and host spacing
 * @param defaultSources what a new data folder's {@code sources.json} starts with
 * @param baseUrls       URL prefixes to fetch from elsewhere, such as {@code https://huggingface.co} to a test
 *                       server; the source keeps its real URL, so what it supports (dated fetches) is unchanged
 * @param fetchThreads   sources fetched at the same time
 */
public record RefreshConfig(UnaryOperator<FetchSettings> settings, TimeSource time, List<Source> defaultSources,
                            Map<String, String> baseUrls, int fetchThreads) {

    public RefreshConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(time, "time");
        defaultSources = List.copyOf(defaultSources);
        baseUrls = Map.copyOf(baseUrls);
        if (fetchThreads < 1) {
            throw new IllegalArgumentException("fetchThreads must be at least 1");
        }
    }

    public static RefreshConfig defaults() {
        return new RefreshConfig(UnaryOperator.identity(), TimeSource.SYSTEM, DefaultSources.all(), Map.of(), 4);
    }

    public RefreshConfig withSettings(UnaryOperator<FetchSettings> adjust) {
        return new RefreshConfig(adjust, time, defaultSources, baseUrls, fetchThreads);
    }

    public RefreshConfig withTime(TimeSource newTime) {
        return new RefreshConfig(settings, newTime, defaultSources, baseUrls, fetchThreads);
    }

    public RefreshConfig withDefaultSources(List<Source> sources) {
        return new RefreshConfig(settings, time, sources, baseUrls, fetchThreads);
    }

    /** Fetches URLs starting with {@code prefix} from {@code replacement} instead. */
    public RefreshConfig withBaseUrl(String prefix, String replacement) {
        Map<String, String> map = new LinkedHashMap<>(baseUrls);
        map.put(prefix, replacement);
        return new RefreshConfig(settings, time, defaultSources, map, fetchThreads);
    }

    /** The URL to fetch for a source's URL. */
    String fetchUrl(String url) {
        for (Map.Entry<String, String> base : baseUrls.entrySet()) {
            String prefix = base.getKey();
            if (url.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                String replacement = base.getValue();
                if (replacement.endsWith("/") && rest.startsWith("/")) {
                    rest = rest.substring(1);
                }
                return replacement + rest;
            }
        }
        return url;
    }
}
