package org.paperfeed.ingest.fetch;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects itself instead of letting OkHttp do it, for two reasons: OkHttp allows 20 hops where a digest
 * needs a few, and every hop must pass back through {@link TransportPolicyInterceptor} so a redirect cannot
 * downgrade https to http. Only GET is ever sent, so every redirect code is followed with the same request.
 */
final class RedirectInterceptor implements Interceptor {

    private final int maxRedirects;

    RedirectInterceptor(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int redirects = 0; ; redirects++) {
            Response response = chain.proceed(request);
            HttpUrl target = redirectTarget(response);
            if (target == null) {
                return response;
            }
            response.close();
            if (redirects == maxRedirects) {
                throw new FetchRefusedException("too many redirects (more than " + maxRedirects + ")");
            }
            request = request.newBuilder().url(target).build();
        }
    }

    private static HttpUrl redirectTarget(Response response) {
        String location = response.header("Location");
        if (location == null) {
            return null;
        }
        return switch (response.code()) {
            case 301, 302, 303, 307, 308 -> response.request().url().resolve(location);
            default -> null;
        };
    }
}
