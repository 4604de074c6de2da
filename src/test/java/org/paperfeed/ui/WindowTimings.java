package org.paperfeed.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.paperfeed.app.AppServices;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's figures for the benchmark, on the headless toolkit: how long until the first papers are laid out,
 * and how long from one keystroke in the search field until the list is laid out with the new results.
 */
public final class WindowTimings {

    /**
     * Both in milliseconds; {@code trainings} is how many For you trainings finished in the background while the
     * keystrokes were measured, {@code trainingCpuMs} their thread's CPU time, {@code trainingFinishedAfterMs} how
     * long the one under way at the last keystroke took after it.
     */
    public record Result(double firstPaint, List<Double> keystrokes, int trainings, double trainingCpuMs,
                         double trainingFinishedAfterMs, List<Keystroke> phases) {

        public Result(double firstPaint, List<Double> keystrokes, List<Keystroke> phases) {
            this(firstPaint, keystrokes, 0, 0, 0, phases);
        }
    }

    /**
     * One measured keystroke, in ms from the key: {@code rowsSet} when the list held its results, {@code total} when
     * they were laid out; {@code search} is the library's own time for them (within {@code rowsSet}: the rest is
     * the task's hand-over to a background thread and back to the FX thread, and making the rows).
     */
    public record Keystroke(String text, double search, double rowsSet, double total) {

        /** From the rows set to the layout pass that showed them: CSS, layout, waiting for the pulse. */
        public double layout() {
            return total - rowsSet;
        }
    }

    private WindowTimings() {
    }

    /** Opens the window on {@code dataDir}, types each query's last letter after the rest, and closes it again. */
    public static Result measure(Path dataDir, List<String> queries) throws Exception {
        return measure(dataDir, queries, List.of());
    }

    /**
     * As {@link #measure(Path, List)}, with For you training in the background the whole time the keystrokes are
     * measured: a thread stars the next of {@code toStar} and retrains, again and again, as a reader starring
     * papers while typing would make it (each star changes the marks, so each retrain trains). Empty: no training.
     */
    public static Result measure(Path dataDir, List<String> queries, List<String> toStar) throws Exception {
        return measure(dataDir, queries, toStar, true);
    }

    /** @param paced train as the window does (giving way to keystrokes), or unpaced as the CLI does */
    public static Result measure(Path dataDir, List<String> queries, List<String> toStar, boolean paced)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        Startup startup = new Startup(dataDir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        // Measured on All papers, as before a first start on preferences never saved opened on Latest day.
        WindowFixture.openedBefore(dataDir);
        long start = System.nanoTime();
        PaperFeedApplication app = (PaperFeedApplication) FxToolkit.setupApplication(
                () -> new PaperFeedApplication(startup));
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !app.window().feed().list().getItems().isEmpty()).get());
            waitForLayout(app);
            double firstPaint = (System.nanoTime() - start) / 1e6;
            // -Dbench.typeAfterMs: the reader looks at the first screen this long before typing (default: types at once)
            Thread.sleep(Long.getLong("bench.typeAfterMs", 0));
            BackgroundTraining training = toStar.isEmpty() ? null : new BackgroundTraining(app.app(), toStar, paced);
            List<Double> keystrokes = new ArrayList<>();
            List<Keystroke> phases = new ArrayList<>();
            try {
                for (String query : queries) {
                    typeAndWait(app, query.substring(0, query.length() - 1));
                    // -Dbench.keyGapMs: a pause before the last letter, as a typist's between keys (default: none, the
                    // harsher case, with the previous results' frame still being drawn)
                    Thread.sleep(Long.getLong("bench.keyGapMs", 0));
                    Keystroke measured = typeAndWait(app, query);
                    keystrokes.add(measured.total());
                    phases.add(measured);
                }
            } finally {
                if (training != null) {
                    training.stop();
                }
            }
            return training == null ? new Result(firstPaint, keystrokes, phases)
                    : new Result(firstPaint, keystrokes, training.trainings(), training.cpuMs(),
                            training.finishedAfterMs(), phases);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /**
     * Sets the field's text as a keystroke would (timed from just before the FX thread is asked to), and returns once
     * the list was laid out with its results.
     */
    private static Keystroke typeAndWait(PaperFeedApplication app, String text) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        long[] at = new long[2];
        double[] search = new double[1];
        long pressed = System.nanoTime();
        Platform.runLater(() -> {
            FeedViewModel feed = app.models().feed();
            Scene scene = app.window().getScene();
            ListChangeListener<FeedRow> listener = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends FeedRow> change) {
                    if (feed.searchTextProperty().get().equals(text)) {
                        at[0] = System.nanoTime();
                        feed.rows().removeListener(this);
                        Runnable laidOut = new Runnable() {
                            @Override
                            public void run() {
                                at[1] = System.nanoTime();
                                search[0] = feed.took().toNanos() / 1e6;
                                scene.removePostLayoutPulseListener(this);
                                shown.countDown();
                            }
                        };
                        scene.addPostLayoutPulseListener(laidOut);
                        Platform.requestNextPulse();
                    }
                }
            };
            feed.rows().addListener(listener);
            app.window().feed().searchField().setText(text);
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("no results shown for '" + text + "'");
        }
        return new Keystroke(text, search[0], (at[0] - pressed) / 1e6, (at[1] - pressed) / 1e6);
    }

    private static void waitForLayout(PaperFeedApplication app) throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = app.window().getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    laidOut.countDown();
                }
            });
            Platform.requestNextPulse();
        });
        if (!laidOut.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("the window was never laid out");
        }
    }

    /**
     * Stars one more paper and retrains For you, in a loop on a thread of its own, until stopped: on For you's own
     * background thread, as the window retrains, giving way to the keystrokes ({@code paced}); or, unpaced, on this
     * thread as the CLI trains (the figure before training gave way).
     */
    private static final class BackgroundTraining {

        private final Thread thread;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicInteger trainings = new AtomicInteger();
        private volatile long cpuNanos;
        private volatile long stoppedAt;
        private volatile long finishedAt;
        private volatile Exception failure;

        BackgroundTraining(AppServices services, List<String> toStar, boolean paced) {
            thread = new Thread(() -> {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long trainingThread = paced ? -1 : Thread.currentThread().getId();
                long cpuStart = paced ? 0 : threads.getThreadCpuTime(trainingThread);
                try {
                    for (int i = 0; !stopped.get(); i++) {
                        services.marks().star(toStar.get(i % toStar.size()));
                        if (paced) {
                            CompletableFuture<Void> trained = services.forYou().retrainInBackground();
                            if (trainingThread < 0) {
                                // For you's thread exists once the first training is handed to it
                                trainingThread = threadNamed("for-you-training");
                                cpuStart = threads.getThreadCpuTime(trainingThread);
                            }
                            trained.get();
                        } else {
                            services.forYou().retrain();
                        }
                        trainings.incrementAndGet();
                        cpuNanos = threads.getThreadCpuTime(trainingThread) - cpuStart;
                    }
                    finishedAt = System.nanoTime();
                } catch (Exception e) {
                    failure = e;
                }
            }, "bench-training");
            thread.setDaemon(true);
            thread.start();
        }

        private static long threadNamed(String name) {
            return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                    .mapToLong(Thread::getId).findFirst().orElseThrow();
        }

        /** How long the training under way when the keystrokes ended took to finish after them, in ms. */
        double finishedAfterMs() {
            return (finishedAt - stoppedAt) / 1e6;
        }

        void stop() throws Exception {
            stoppedAt = System.nanoTime();
            stopped.set(true);
            thread.join(TimeUnit.MINUTES.toMillis(5));
            if (failure != null) {
                throw failure;
            }
        }

        int trainings() {
            return trainings.get();
        }

        double cpuMs() {
            return cpuNanos / 1e6;
        }
    }
}
