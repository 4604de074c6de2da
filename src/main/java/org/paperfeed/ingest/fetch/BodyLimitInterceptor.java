package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads the whole body into memory, up to a cap counted after decompression. Reading here, below
 * {@link RetryInterceptor}, lets a body that times out or breaks off be retried like any other failure. Reading in
 * small steps means a gzip body that inflates past the cap is stopped a few kilobytes after the cap, not inflated.
 */
final class BodyLimitInterceptor implements Interceptor {

    private static final long STEP = 8192;

    private final long maxBytes;

    BodyLimitInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes) {
            response.close();
            throw tooLarge();
        }
        Buffer buffer = new Buffer();
        try (BufferedSource source = body.source()) {
            while (source.read(buffer, STEP) != -1) {
                if (buffer.size() > maxBytes) {
                    throw tooLarge();
                }
            }
        } catch (InterruptedIOException | FetchRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new TruncatedResponseException(e);
        }
        return response.newBuilder()
                .body(ResponseBody.Companion.create(buffer, body.contentType(), buffer.size()))
                .build();
    }

    private FetchRefusedException tooLarge() {
        return new FetchRefusedException("response larger than " + Wording.size(maxBytes));
    }
}
