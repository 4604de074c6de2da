package org.paperfeed.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Marks saved one after another, in the order made, on the window's own background pool. */
class InOrderTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the pool hands results to the FX thread
    }

    @Test
    void tasksRunOneAtATimeInTheOrderGivenOnATwoThreadPool() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (FxTaskExecutor pool = new FxTaskExecutor("in-order-test", 2)) {
            InOrder marks = new InOrder(pool);
            CountDownLatch all = new CountDownLatch(20);
            for (int i = 0; i < 20; i++) {
                String name = "mark " + i;
                BackgroundTask.wrap(() -> {
                    ran.add(name + " start");
                    Thread.sleep(2);
                    ran.add(name + " end");
                }).onSuccess(v -> all.countDown()).executeWith(marks);
            }
            assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        }
        for (int i = 0; i < 20; i++) {
            assertThat(ran.subList(2 * i, 2 * i + 2)).containsExactly("mark " + i + " start", "mark " + i + " end");
        }
    }

    @Test
    void marksWaitingWhenTheWindowClosesAreStillSaved() throws Exception {
        List<String> saved = new CopyOnWriteArrayList<>();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FxTaskExecutor pool = new FxTaskExecutor("in-order-close-test", 2);
        InOrder marks = new InOrder(pool);
        BackgroundTask.wrap(() -> {
            firstRunning.countDown();
            release.await(10, TimeUnit.SECONDS);
            saved.add("star");
        }).executeWith(marks);
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        BackgroundTask.wrap(() -> {
            saved.add("unstar");
        }).executeWith(marks);
        BackgroundTask.wrap(() -> {
            saved.add("read");
        }).executeWith(marks);

        // The window closes while the first save runs and two wait: close waits for the pool's work to end.
        Thread closing = new Thread(pool::close);
        closing.start();
        Thread.sleep(200);
        release.countDown();
        closing.join(10_000);

        assertThat(saved).containsExactly("star", "unstar", "read");
    }
}
