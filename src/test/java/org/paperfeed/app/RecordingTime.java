package org.paperfeed.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.ingest.fetch.TimeSource;

/** Sleeps by moving its clocks, never for real, and remembers every pause the fetch layer asked for. */
final class RecordingTime implements TimeSource {

    private Instant now = Instant.parse("2024-03-11T12:00:00Z");
    private long nanos = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
        nanos += duration.toNanos();
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
