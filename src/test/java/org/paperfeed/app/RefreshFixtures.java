package org.paperfeed.app;

import org.paperfeed.ingest.fetch.FakeTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.paperfeed.ingest.source.Source;

/** Hand-made digests, and an application whose fetches fail in milliseconds and never really sleep. */
final class RefreshFixtures {

    static final int CAP = 64 * 1024;
    /** Long enough for a loaded CI machine to answer; only the slow-body test waits it out. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-11T12:00:00Z"), ZoneOffset.UTC);

    private RefreshFixtures() {
    }

    /** The library clock of a user who comes back days later: it stands still until moved. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void moveDays(int days) {
            now = now.plus(Duration.ofDays(days));
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the library clock's zone is fixed in tests");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Short timeouts, a 64 KB cap, no host spacing, no real sleeping, and only {@code sources} to start with. */
    static RefreshConfig config(FakeTime time, List<Source> sources) {
        return config(time, sources, READ_TIMEOUT);
    }

    static RefreshConfig config(FakeTime time, List<Source> sources, Duration readTimeout) {
        return RefreshConfig.defaults()
                .withSettings(s -> s.withTimeouts(Duration.ofSeconds(5), readTimeout, Duration.ofSeconds(30))
                        .withMaxBodyBytes(CAP)
                        .withHostSpacing(Map.of()))
                .withTime(time)
                .withDefaultSources(sources);
    }

    static AppServices open(Path dataDir, RefreshConfig config) throws PaperFeedException {
        return AppServices.open(new DataFolder(dataDir), CLOCK, config);
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = RefreshFixtures.class.getResourceAsStream("/org/paperfeed/app/refresh/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    /** How many digests the archive keeps: each is a body file and a metadata file. */
    static long archived(Path dataDir) throws IOException {
        Path digests = dataDir.resolve("digests");
        if (!Files.isDirectory(digests)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(digests)) {
            return files.filter(p -> p.toString().endsWith(".digest")).count();
        }
    }
}
