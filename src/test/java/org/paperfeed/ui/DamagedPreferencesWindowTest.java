package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An unreadable preferences file is set aside, not overwritten, and the window says where it is. */
class DamagedPreferencesWindowTest {

    @TempDir
    Path dir;
    PaperFeedApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void theWindowSaysThePreferencesWereUnreadableAndWhereTheyAre() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\": \"DARK\", \"savedSearches\": [");

        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        app = (PaperFeedApplication) FxToolkit.setupApplication(() -> new PaperFeedApplication(startup));

        Label notice = WaitForAsyncUtils.asyncFx(() -> (Label) app.window().lookup("#notice")).get();
        assertThat(WaitForAsyncUtils.asyncFx(notice::isVisible).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(notice::getText).get())
                .startsWith("preferences.json could not be read (")
                .contains(dir.resolve("preferences.json.damaged-").toString());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("preferences.json.damaged-"));
        }
    }
}
