package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The formula fonts' warm-up waits while the reader types (it would take CPU from the keystrokes typed at once after
 * the first rows), but a paper opened with a formula in it does not wait for the reader to stop typing.
 */
class MathRendererTest {

    @Test
    void aFormulaAskedForEndsTheWarmUpsWaitForAQuietMoment() throws Exception {
        WindowFixture.toolkit();
        MathRenderer math = new MathRenderer();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean gaveUp = new AtomicBoolean();
        math.warmUpWhenQuiet(giveUp -> {
            waiting.countDown();
            // A reader who never stops typing: only a formula asked for ends this wait.
            while (!giveUp.getAsBoolean()) {
                try {
                    TimeUnit.MILLISECONDS.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            gaveUp.set(true);
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the warm-up waiting").isTrue();

        MathRenderer.FormulaCanvas formula = math.render("x^2", "$x^2$", 14, Color.BLACK).get(20, TimeUnit.SECONDS);

        assertThat(gaveUp).as("the wait ended by the formula").isTrue();
        assertThat(formula.getWidth()).isPositive();
        assertThat(formula.source()).isEqualTo("$x^2$");
    }
}
