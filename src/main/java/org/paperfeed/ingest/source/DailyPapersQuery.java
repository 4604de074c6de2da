package org.paperfeed.ingest.source;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * Narrows a Hugging Face daily papers URL to one period and page. Other parameters of the source's URL, such as
 * {@code sort=trending}, are kept, and a period already in it is replaced, since the API reads only one.
 *
 * @param period null for the latest papers
 * @param page   zero-based page ({@code p}), or null for the server's first
 * @param limit  papers per page, or null for the server's default
 */
public record DailyPapersQuery(DigestPeriod period, Integer page, Integer limit) {

    private static final List<String> PERIOD_PARAMETERS = List.of("date", "week", "month");

    public DailyPapersQuery {
        if (page != null && page < 0 || limit != null && limit < 1) {
            throw new IllegalArgumentException("page must not be negative and limit must be positive");
        }
    }

    public static DailyPapersQuery of(DigestPeriod period) {
        return new DailyPapersQuery(period, null, null);
    }

    /** Whether a source's URL is the API this query is for; other sources cannot be asked for a period. */
    public static boolean accepts(String sourceUrl) {
        HttpUrl url = HttpUrl.parse(sourceUrl);
        return url != null && url.host().equals("huggingface.co") && url.encodedPath().equals("/api/daily_papers");
    }

    /** @throws IllegalArgumentException when {@link #accepts} is false for {@code sourceUrl} */
    public String applyTo(String sourceUrl) {
        if (!accepts(sourceUrl)) {
            throw new IllegalArgumentException("not the Hugging Face daily papers API: " + sourceUrl);
        }
        HttpUrl.Builder url = HttpUrl.get(sourceUrl).newBuilder();
        PERIOD_PARAMETERS.forEach(url::removeAllQueryParameters);
        if (period != null) {
            url.addQueryParameter(period.parameter(), period.value());
        }
        if (page != null) {
            url.setQueryParameter("p", page.toString());
        }
        if (limit != null) {
            url.setQueryParameter("limit", limit.toString());
        }
        return url.build().toString();
    }
}
