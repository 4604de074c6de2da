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

    /**
     * Whether a URL is Hugging Face's own daily papers API. Mirrors and test servers that answer in the same format
     * can be asked for a period too; this only tells the API by its address, before a response shows its format.
     */
    public static boolean isHuggingFaceApi(String sourceUrl) {
        HttpUrl url = HttpUrl.parse(sourceUrl);
        return url != null && url.host().equals("huggingface.co") && url.encodedPath().equals("/api/daily_papers");
    }

    /**
     * Whether a URL asks for what is trending ({@code sort=trending}): a ranking of recent papers, not one day's
     * list, so it has no past days to catch up on.
     */
    public static boolean isTrending(String sourceUrl) {
        HttpUrl url = HttpUrl.parse(sourceUrl);
        return url != null && url.queryParameterValues("sort").contains("trending");
    }

    /**
     * The URL narrowed to this query, whatever its host: any server that answers in the daily papers format is
     * assumed to read the API's parameters.
     *
     * @throws IllegalArgumentException when {@code sourceUrl} is not an http or https URL
     */
    public String applyTo(String sourceUrl) {
        HttpUrl parsed = HttpUrl.parse(sourceUrl);
        if (parsed == null) {
            throw new IllegalArgumentException("not a web address: " + sourceUrl);
        }
        HttpUrl.Builder url = parsed.newBuilder();
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
