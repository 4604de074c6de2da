package org.paperfeed.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.paperfeed.app.RefreshConfig;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.source.Source;

/** Sources on this machine only: a local test server, a closed port, or none at all, and fetches that never sleep. */
final class TestSources {

    private TestSources() {
    }

    /** No sources: the window starts without touching any network. */
    static RefreshConfig none() {
        return RefreshConfig.defaults().withDefaultSources(List.of());
    }

    /** These sources, with timeouts long enough for a server that holds its answer while the test types. */
    static RefreshConfig of(Source... sources) {
        return RefreshConfig.defaults()
                .withSettings(s -> s.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(30))
                        .withHostSpacing(Map.of()))
                .withTime(new FakeTime())
                .withDefaultSources(List.of(sources));
    }

    static Source hfDaily(String name, String url) {
        return new Source(name, url, DigestFormat.HF_DAILY_JSON, true, false);
    }

    /** A port nothing listens on: connecting is refused at once, which the app calls offline. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = TestSources.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
