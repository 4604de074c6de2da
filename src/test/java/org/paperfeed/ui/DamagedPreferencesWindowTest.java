package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An unreadable preferences file is set aside, not overwritten, and the window says where it is. */
class DamagedPreferencesWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final StartedWindow window = new StartedWindow();

    @Test
    void theWindowSaysThePreferencesWereUnreadableAndWhereTheyAre() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\": \"DARK\", \"savedSearches\": [");

        PaperFeedApplication app = window.start(dir);

        assertThat(window.notice())
                .startsWith("preferences.json could not be read (")
                .contains(dir.resolve("preferences.json.damaged-").toString());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("preferences.json.damaged-"));
        }
    }
}
