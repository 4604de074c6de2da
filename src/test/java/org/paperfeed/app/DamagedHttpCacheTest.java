package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.app.RefreshFixtures.bytes;
import static org.paperfeed.app.RefreshSourcesTest.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.source.Source;

/**
 * A damaged HTTP cache journal ({@code http-cache/journal}) costs the cache, not the refresh: the refresh imports, and
 * nothing prints a stack trace (OkHttp reports the damage through java.util.logging, whose console handler would).
 */
class DamagedHttpCacheTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private final List<LogRecord> traces = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null) {
                traces.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AppServices app;

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void close() throws Exception {
        Logger.getLogger("").removeHandler(recorder);
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage\n", "libcore.io.DiskLruCache\n1\n201105\n2\n\nCLEAN abc not-a-length\n", ""})
    void aDamagedCacheJournalIsDroppedAndTheRefreshImports(String journal) throws Exception {
        Path cache = Files.createDirectories(new DataFolder(dataDir).httpCache());
        Files.writeString(cache.resolve("journal"), journal, StandardCharsets.UTF_8);
        app = RefreshFixtures.open(dataDir, RefreshFixtures.config(new FakeTime(),
                List.of(new Source("Feed", server.url("/feed").toString(), null, true, false))));
        server.enqueue(json(bytes("hf-daily.json")));

        List<RefreshReport> reports = app.refresh().refresh();

        assertThat(reports).extracting(RefreshReport::summary).containsExactly("Feed: 2 new, 0 updated");
        assertThat(traces).as("log records with a stack trace").extracting(LogRecord::getMessage).isEmpty();
        assertThat(Files.readString(cache.resolve("journal"), StandardCharsets.UTF_8))
                .as("the cache was rebuilt").startsWith("libcore.io.DiskLruCache\n");
    }
}
