package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How long background work waits for the reader, on a clock of the test's own that only moves when a pause sleeps:
 * every figure is exact.
 */
class UserActivityTest {

    private static final Duration QUIET = Duration.ofMillis(250);
    private static final Duration LONGEST = Duration.ofSeconds(5);

    private long now = 1_000_000_000L;
    private final List<Long> slept = new ArrayList<>();
    private Runnable duringSleep = () -> { };
    private final UserActivity activity = new UserActivity(() -> now, nanos -> {
        slept.add(nanos);
        now += nanos;
        duringSleep.run();
    }, QUIET, LONGEST);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private long sleptMillis() {
        return slept.stream().mapToLong(Long::longValue).sum() / 1_000_000;
    }

    @Test
    void withNothingAskedForWorkGoesOnAtOnce() {
        activity.awaitQuiet(() -> false);

        assertThat(slept).isEmpty();
    }

    @Test
    void waitsUntilTheQuietTimeHasPassedSinceTheLastRequest() {
        activity.asked();
        now += Duration.ofMillis(100).toNanos();

        activity.awaitQuiet(() -> false);

        assertThat(sleptMillis()).isEqualTo(150);
    }

    @Test
    void aRequestDuringThePauseMakesItLonger() {
        activity.asked();
        duringSleep = () -> {
            if (sleptMillis() == 100) {
                activity.asked();
            }
        };

        activity.awaitQuiet(() -> false);

        assertThat(sleptMillis()).isEqualTo(100 + 250);
    }

    @Test
    void aReaderWhoNeverStopsDoesNotHoldTheWorkLongerThanTheLongestPause() {
        activity.asked();
        duringSleep = activity::asked;

        activity.awaitQuiet(() -> false);

        assertThat(sleptMillis()).isEqualTo(LONGEST.toMillis());
    }

    @Test
    void givingUpEndsThePauseWithinAStep() {
        activity.asked();
        duringSleep = activity::asked;
        int[] asked = {0};

        activity.awaitQuiet(() -> ++asked[0] > 3);

        assertThat(slept).hasSize(3);
        assertThat(sleptMillis()).isLessThanOrEqualTo(3 * 20);
    }

    @Test
    void anInterruptEndsThePauseAndStaysSet() {
        UserActivity interrupted = new UserActivity(() -> now, nanos -> {
            throw new InterruptedException();
        }, QUIET, LONGEST);
        interrupted.asked();

        interrupted.awaitQuiet(() -> false);

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
