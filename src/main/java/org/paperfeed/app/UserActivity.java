package org.paperfeed.app;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * When the reader last asked for papers to be shown (a keystroke's search, a view, a page of one), so that background
 * work can wait for them: {@link #awaitQuiet} holds a thread until nothing was asked for {@link #QUIET}. For you's
 * background training, scoring ahead and table building pause on it between steps (see {@link ForYou}); a keystroke's
 * search and layout then have both cores. Thread-safe.
 */
public final class UserActivity {

    /**
     * How long after the last request background work stays paused: longer than most keystrokes take to show their
     * results (p95 about 120 ms on real papers), shorter than a pause between words.
     */
    static final Duration QUIET = Duration.ofMillis(250);
    /** The longest one pause lasts: a reader typing without a break for minutes still gets the work done. */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** How often a pause asks whether it should end early. */
    private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final long quietNanos;
    private final long longestPauseNanos;
    private volatile long lastAsked;

    public UserActivity() {
        this(System::nanoTime, TimeUnit.NANOSECONDS::sleep, QUIET, LONGEST_PAUSE);
    }

    /** With its own clock, sleep and durations (tests). */
    UserActivity(LongSupplier nanoTime, Sleeper sleeper, Duration quiet, Duration longestPause) {
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.quietNanos = quiet.toNanos();
        this.longestPauseNanos = longestPause.toNanos();
        this.lastAsked = nanoTime.getAsLong() - quietNanos;
    }

    /** How a pause waits: {@link TimeUnit#sleep}, or a test's clock moving on. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** The reader asked for papers to be shown now. */
    public void asked() {
        lastAsked = nanoTime.getAsLong();
    }

    /**
     * Holds the calling thread until {@link #QUIET} has passed since the last request, {@link #LONGEST_PAUSE} has
     * passed, {@code giveUp} says true (asked every few milliseconds), or the thread is interrupted (its interrupt
     * stays set). Returns at once when the reader asked for nothing lately.
     */
    public void awaitQuiet(BooleanSupplier giveUp) {
        long started = nanoTime.getAsLong();
        while (true) {
            long now = nanoTime.getAsLong();
            long quietAt = lastAsked + quietNanos;
            long deadline = started + longestPauseNanos;
            if (now - quietAt >= 0 || now - deadline >= 0 || giveUp.getAsBoolean()) {
                return;
            }
            long wait = Math.min(STEP_NANOS, Math.min(quietAt - now, deadline - now));
            try {
                sleeper.sleep(Math.max(wait, 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
