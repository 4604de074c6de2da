package org.paperfeed.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * Serves the crash workload's digests as a feed server does: each with an ETag, and a 304 to a request that already
 * has it, so a refresh after a kill meets whatever the HTTP cache kept.
 */
final class CorpusServer extends Dispatcher {

    private final Path inputs;
    private final Set<String> answeredNotModified = ConcurrentHashMap.newKeySet();

    CorpusServer(Path inputs) {
        this.inputs = inputs;
    }

    /** The paths answered with a 304 since the last call. */
    Set<String> takeAnsweredNotModified() {
        Set<String> paths = Set.copyOf(answeredNotModified);
        answeredNotModified.removeAll(paths);
        return paths;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Path file = inputs.resolve(request.getUrl().encodedPath().substring(1));
        if (!Files.isRegularFile(file)) {
            return new MockResponse.Builder().code(404).build();
        }
        String etag = "\"" + file.getFileName() + "\"";
        if (etag.equals(request.getHeaders().get("If-None-Match"))) {
            answeredNotModified.add(request.getUrl().encodedPath());
            return new MockResponse.Builder().code(304).setHeader("ETag", etag).build();
        }
        try {
            return new MockResponse.Builder().setHeader("Content-Type", "application/json").setHeader("ETag", etag)
                    .body(new Buffer().write(Files.readAllBytes(file))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
