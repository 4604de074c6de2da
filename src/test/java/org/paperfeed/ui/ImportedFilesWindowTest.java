package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library whose imported arXiv snapshot is missing from its index (the index was lost; the snapshot is not kept)
 * says so in the window at every start, as the command line does, rather than opening silently empty; and an
 * unreadable record of imported files is said set aside there too.
 */
class ImportedFilesWindowTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    @RegisterExtension
    final StartedWindow window = new StartedWindow();

    @Test
    void theWindowSaysWhichSnapshotToImportAgain() throws Exception {
        Path snapshot = Files.writeString(files.resolve("arxiv-metadata.jsonl"), "{\"id\":\"2401.00001\",\"title\":"
                + "\"Synthetic paper\",\"abstract\":\"An abstract.\",\"versions\":[{\"version\":\"v1\",\"created\":"
                + "\"Mon, 1 Jan 2024 00:00:00 GMT\"}],\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"]],"
                + "\"categories\":\"cs.LG\"}\n");
        DataFolder folder = new DataFolder(dir);
        try (AppServices services = AppServices.open(folder, Clock.systemDefaultZone())) {
            services.imports().importFile(snapshot);
        }
        try (Stream<Path> index = Files.walk(folder.library().resolve("index"))) {
            for (Path p : index.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        // The open that rebuilds it says so in its own message; the window here is a later start.
        try (AppServices services = AppServices.open(folder, Clock.systemDefaultZone())) {
            assertThat(services.recovered()).isPresent();
        }

        assertThat(noticeOfTheWindow()).isEqualTo("The papers imported from "
                + "arxiv-metadata.jsonl are missing from the library (the file is not kept): import it again.");
    }

    @Test
    void theWindowSaysAnUnreadableRecordOfImportedFilesWasSetAside() throws Exception {
        Path record = new DataFolder(dir).imports().resolve("imported-files.json");
        Files.createDirectories(record.getParent());
        Files.writeString(record, "{\"sources\": {\"feed\": ");

        assertThat(noticeOfTheWindow()).startsWith("imported-files.json could not be read (")
                .contains(record.resolveSibling("imported-files.json.damaged-").toString());
    }

    /**
     * Two notices at the start are each shown in turn, the next once the one before is dismissed: the window showed
     * only the last, and the set-aside record of imported files was never mentioned.
     */
    @Test
    void twoNoticesAtTheStartAreEachShownInTurnUntilDismissed() throws Exception {
        twoFilesCutShort();

        assertThat(noticeOfTheWindow()).startsWith("imported-files.json could not be read (");
        window.dismissNotice();
        assertThat(window.shownNotice()).startsWith("preferences.json could not be read (");
        window.dismissNotice();
        assertThat(window.shownNotice()).as("every notice dismissed").isNull();
    }

    /**
     * Esc in the list dismisses the notice showing once there is no search to clear: a keyboard reader could only
     * reach the notice's Dismiss with the mouse (its buttons take no focus, so the keys stay the list's).
     */
    @Test
    void escInTheListClearsTheSearchThenDismissesTheNotices() throws Exception {
        twoFilesCutShort();
        assertThat(noticeOfTheWindow()).startsWith("imported-files.json could not be read (");
        WaitForAsyncUtils.asyncFx(() -> {
            window.app.window().feed().searchField().setText("protein");
            window.app.window().feed().list().requestFocus();
        }).get();
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.app.window().feed().searchField().getText()).get()).isEmpty();
        assertThat(window.shownNotice()).as("the search cleared first")
                .startsWith("imported-files.json could not be read (");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownNotice()).startsWith("preferences.json could not be read (");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownNotice()).as("every notice dismissed").isNull();
    }

    /** The record of imported files and the preferences cut short: two notices at the start, in that order. */
    private void twoFilesCutShort() throws java.io.IOException {
        Path record = new DataFolder(dir).imports().resolve("imported-files.json");
        Files.createDirectories(record.getParent());
        Files.writeString(record, "{\"sources\": {\"feed\": ");
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\": \"DARK\", \"savedSearches\": [");
    }

    /**
     * A notice long enough to wrap leaves its button whole: the button was squeezed with the text, and read "..."
     * instead of Next (1 more) or Dismiss, so nothing said what it would do.
     */
    @Test
    void aLongNoticeLeavesItsButtonWhole() throws Exception {
        twoFilesCutShort();

        assertThat(noticeOfTheWindow()).startsWith("imported-files.json could not be read (");
        assertThat(shownButtonText()).isEqualTo("Next (1 more)");
        window.dismissNotice();
        assertThat(shownButtonText()).isEqualTo("Dismiss");
    }

    /** What the notice's Next or Dismiss button shows on the screen (its text cut short if it is). */
    private String shownButtonText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Parent button = (javafx.scene.Parent) window.app.window().lookup("#notice-dismiss");
            button.applyCss();
            button.layout();
            return ((javafx.scene.text.Text) button.lookup(".text")).getText();
        }).get();
    }

    /** Starts the window on {@code dir} and reads its notice, which must be showing. */
    private String noticeOfTheWindow() throws Exception {
        window.start(dir);
        return window.notice();
    }
}
