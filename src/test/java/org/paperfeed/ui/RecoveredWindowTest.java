package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.testfx.util.WaitForAsyncUtils;

/** A library whose index was damaged opens rebuilt, and the window says so without a dialog. */
class RecoveredWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final StartedWindow window = new StartedWindow();

    @Test
    void theWindowSaysTheIndexWasRebuiltAndShowsEveryPaper() throws Exception {
        damagedLibrary(dir);

        PaperFeedApplication app = window.start(dir);

        assertThat(window.notice()).contains("rebuilt").contains("74");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.models().feed().statusProperty().get().startsWith("74 papers · ")).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.window().feed().list().getItems().size()).get())
                .isEqualTo(Math.min(74, FeedViewModel.FIRST_PAGE));
    }

    @Test
    void whileTheIndexIsRebuiltAWindowSaysSoAndGoesWhenTheLibraryShows() throws Exception {
        damagedLibrary(dir);
        // Every window shown before the main one: the rebuild's, if any, says what it is doing.
        List<String> shown = new CopyOnWriteArrayList<>();
        ListChangeListener<javafx.stage.Window> watch = change -> {
            while (change.next()) {
                for (javafx.stage.Window added : change.getAddedSubList()) {
                    if (added.getScene() != null && added.getScene().lookup("#rebuild-window") != null) {
                        shown.add(texts(added.getScene().getRoot()));
                    }
                }
            }
        };
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().addListener(watch)).get();
        try {
            window.start(dir);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().removeListener(watch)).get();
        }

        assertThat(shown).hasSize(1).first().asString().contains("Rebuilding the library index")
                .contains("The library index was missing.").contains("stars, tags and notes");
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().lookup("#rebuild-window") != null).count()).get())
                .as("gone once the library shows").isZero();
        assertThat(window.notice()).contains("rebuilt");
    }

    /** A library of the sample digest whose index lost its commit points: it is rebuilt from the kept digest. */
    static void damagedLibrary(Path dir) throws Exception {
        try (AppServices library = AppServices.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            assertThat(SampleDigest.importNow(library.imports())).as("the page says \"Mar 11\" without a year").contains(2025);
        }
        try (Stream<Path> files = Files.list(dir.resolve("library/index"))) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(segments);
            }
        }
    }

    private static String texts(javafx.scene.Parent root) {
        return root.lookupAll(".label").stream().map(node -> ((javafx.scene.control.Label) node).getText())
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
