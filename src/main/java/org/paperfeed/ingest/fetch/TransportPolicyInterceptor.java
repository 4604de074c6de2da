package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Refuses plain http, except to this machine and for URLs the user added. Digests end up in the user's library,
 * so a network in the middle must not be able to rewrite them; the user may still accept that risk for a source
 * of their own. Runs for each redirect hop, so an https source cannot be redirected to http either.
 */
final class TransportPolicyInterceptor implements Interceptor {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        HttpUrl url = request.url();
        if (!url.isHttps() && !isLoopback(url.host()) && !userAdded(request)) {
            throw new FetchRefusedException("refused insecure address http://" + url.host()
                    + ": built-in sources must use https");
        }
        return chain.proceed(request);
    }

    private static boolean userAdded(Request request) {
        FetchRequest fetch = request.tag(FetchRequest.class);
        return fetch != null && fetch.userAdded();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
    }
}
