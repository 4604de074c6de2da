package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names PaperFeed in every request, so server operators can tell who is calling and how to reach us. */
final class UserAgentInterceptor implements Interceptor {

    private final String userAgent;

    UserAgentInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    /** The version comes from the jar manifest; runs from an IDE or from tests have none and say "dev". */
    static String forThisBuild() {
        String version = Objects.requireNonNullElse(
                UserAgentInterceptor.class.getPackage().getImplementationVersion(), "dev");
        return "PaperFeed/" + version + " (+https://github.com/paperfeed)";
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
    }
}
