package org.paperfeed.ingest.fetch;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The clocks and the sleep that retries and host spacing use, injected so tests can check every pause without
 * waiting for it.
 */
public interface TimeSource {

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedIOException {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to fetch");
            }
        }
    };

    /** Wall-clock time, to read a Retry-After given as an HTTP date. */
    Instant now();

    /** Monotonic time, so that setting the system clock back cannot stall host spacing. */
    long nanoTime();

    /** Throws the I/O flavour of interruption so interceptors can let it propagate as OkHttp expects. */
    void sleep(Duration duration) throws InterruptedIOException;
}
