package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.LearningSettings;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.library.PaperLibrary;

/**
 * For you's background training gives way while the reader is asking for papers (each keystroke's search), and a
 * caller waiting for the models is never held by it. The reader here asks every 20 ms for as long as the test likes,
 * and a pause may last ten minutes, so a training that did not give way, or a caller held by one, shows plainly.
 */
class ForYouGivesWayTest {

    @TempDir
    static Path imported;
    @TempDir
    Path data;

    private PaperLibrary library;
    private ForYou forYou;
    private UserActivity activity;
    private final AtomicBoolean asking = new AtomicBoolean();
    private Thread reader;

    @BeforeAll
    static void importRealDays(@TempDir Path files) throws Exception {
        try (AppServices once = AppServices.open(new DataFolder(imported), Clock.systemDefaultZone())) {
            once.imports().importFile(RealArxivDays.snapshot(files));
        }
    }

    @BeforeEach
    void openACopyWithTenStars() throws Exception {
        ForYouTest.copy(imported.resolve("library"), data.resolve("library"));
        Clock clock = Clock.systemDefaultZone();
        library = PaperLibrary.open(data.resolve("library"), clock);
        AppEvents events = new AppEvents();
        new MarkPapers(library, events).starAll(RealArxivDays.records().stream()
                .filter(r -> r.categories().contains(ForYouTest.TOPIC)).limit(10).map(RealArxivDays.Record::id)
                .toList());
        activity = new UserActivity(System::nanoTime, TimeUnit.NANOSECONDS::sleep, Duration.ofMillis(250),
                Duration.ofMinutes(10));
        forYou = new ForYou(library, new BrowseDays(library, List::of, List::of), ForYouSettings.store(data), events,
                clock, LearningSettings.DEFAULT, activity);
    }

    @AfterEach
    void close() throws Exception {
        stopAsking();
        forYou.close();
        library.close();
    }

    private void startAsking() {
        asking.set(true);
        reader = new Thread(() -> {
            while (asking.get()) {
                activity.asked();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "reader-typing");
        reader.setDaemon(true);
        reader.start();
    }

    private void stopAsking() throws InterruptedException {
        asking.set(false);
        if (reader != null) {
            reader.join();
        }
    }

    private boolean trained() {
        return forYou.interests().stream().anyMatch(i -> i.trainedAt() != null);
    }

    @Test
    void aBackgroundTrainingWaitsWhileTheReaderAsksAndFinishesOnceTheyStop() throws Exception {
        startAsking();
        CompletableFuture<Void> training = forYou.retrainInBackground();

        Thread.sleep(1_500);
        assertThat(training).as("training while the reader asks for papers").isNotDone();
        assertThat(trained()).isFalse();

        stopAsking();
        training.get(2, TimeUnit.MINUTES);
        assertThat(trained()).isTrue();
        assertThat(forYou.interests()).filteredOn(i -> i.key().equals(Interest.STARRED)).singleElement()
                .matches(i -> i.positives() == 10);
    }

    @Test
    void aCallerWaitingForTheModelsIsNotHeldByAPausedTraining() throws Exception {
        startAsking();
        CompletableFuture<Void> training = forYou.retrainInBackground();
        Thread.sleep(300);
        assertThat(training).as("paused while the reader asks").isNotDone();

        // The reader opens For you: the window waits for the models on one of its own threads.
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> forYou.retrain());

        assertThat(asking).as("the reader was still asking when the models came").isTrue();
        assertThat(trained()).isTrue();
        training.get(2, TimeUnit.MINUTES);
    }
}
