package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreadable settings file (the preferences, For you's {@code for-you.json}) is set aside, not overwritten, and the
 * window says where it is.
 */
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

    /**
     * An unreadable for-you.json costs the interests switched off (they rank again): the window said nothing of it,
     * only the command line did, so a reader found an interest back on with no word why. The notice says that, not
     * "using defaults", which did not tell a reader what they had lost.
     */
    @Test
    void theWindowSaysForYouSettingsWereUnreadableAndWhereTheyAre() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("for-you.json"), "this is not JSON {\"disabled\": [");

        window.start(dir);

        assertThat(window.notice())
                .startsWith("for-you.json could not be read (")
                .contains("; interests you had switched off in For you are on again and any reset is undone, "
                        + "and the unreadable file was kept in " + dir.resolve("for-you.json.damaged-"));
    }

    /** Both files unreadable: each is told once, the preferences first, not the preferences a second time. */
    @Test
    void bothSettingsFilesUnreadableAreEachToldOnce() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\": \"DARK\", \"savedSearches\": [");
        Files.writeString(dir.resolve("for-you.json"), "{\"disabled\": [");

        window.start(dir);

        assertThat(window.notice()).startsWith("preferences.json could not be read (");
        window.dismissNotice();
        assertThat(window.shownNotice()).startsWith("for-you.json could not be read (");
        window.dismissNotice();
        assertThat(window.shownNotice()).as("every notice dismissed").isNull();
    }
}
