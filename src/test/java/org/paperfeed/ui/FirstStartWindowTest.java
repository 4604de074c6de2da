package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.prefs.JsonStore;

/**
 * The first window on a library filled from the command line ({@code paperfeed import}), with no preferences saved
 * yet, opens on the daily briefing, the latest day: a tester's 1,416 imported papers had opened on
 * "All days · 1,416 papers", Date order, and only the bundled sample's first start opened on the latest day.
 */
class FirstStartWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeAll
    static void toolkit() throws Exception {
        WindowFixture.toolkit();
    }

    @Test
    void aLibraryFilledByImportOpensOnItsLatestDayTheFirstTime() throws Exception {
        importTopicDays();

        startWithPreferencesAsTheyAre();

        assertThat(fx(() -> window.models().sidebar().selectedProperty().get())).isEqualTo(Feed.TODAY);
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(fx(this::dayLabel)).as("the day bar").startsWith("30 papers").doesNotContain("All days");
        assertThat(fx(() -> window.models().feed().statusProperty().get())).startsWith("30 papers");
        // Saved, so the next start opens there too.
        await(() -> JsonStore.preferences(dir).load().lastView().equals(Feed.TODAY.key()));
    }

    /**
     * Preferences that could not be read are not a first start: they held the reader's own choices, which the
     * defaults stand in for (All papers) while the notice says where the file went.
     */
    @Test
    void unreadablePreferencesOpenOnTheDefaultsNotAsAFirstStart() throws Exception {
        importTopicDays();
        Files.writeString(dir.resolve("preferences.json"), "{\"lastView\": \"starred\", \"savedSearches\": [");

        startWithPreferencesAsTheyAre();

        assertThat(fx(() -> window.models().sidebar().selectedProperty().get())).isEqualTo(Feed.ALL);
        await(() -> window.models().feed().statusProperty().get()
                .startsWith(TopicLibrary.DAYS.size() * 30 + " papers"));
    }

    private void importTopicDays() throws Exception {
        try (AppServices seed = TestLibrary.open(dir)) {
            TopicLibrary.importAll(seed);
        }
    }

    private void startWithPreferencesAsTheyAre() throws Exception {
        window.app = WindowFixture.launchFirstTime(new Startup(dir, Clock.systemDefaultZone(), TestSources.none(),
                url -> { }));
        await(() -> !window.list().getItems().isEmpty());
    }

    private String dayLabel() {
        return ((Label) window.app.window().lookup("#day-label")).getText();
    }
}
