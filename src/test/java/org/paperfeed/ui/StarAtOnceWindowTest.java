package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;
import static org.paperfeed.ui.WindowFixture.within;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.safety.SmallDisk;

/**
 * {@code s} shows the star at once, in the row and the reading pane, while it is saved. Saving a mark is the journal's
 * write and the index's commit: on a busy machine 0.4 to 1 s, and the star had shown only after it. Here the save is
 * held up for as long as the test likes, by holding the library (its writes are synchronized on it). A save that
 * fails takes the star back and says so; {@code s} pressed twice while the first is being saved is a star and its
 * undoing, saved in that order.
 */
class StarAtOnceWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();


    @Test
    void theStarShowsAtOnceWhileItIsBeingSaved() throws Exception {
        startOnFirstRow(dir);
        String id = fx(() -> window.models().feed().rows().get(0).id());
        PaperLibrary library = window.library();

        synchronized (library) {
            window.robot.type(KeyCode.S);
            within(2, () -> starredInRow(0) && window.models().reader().paperProperty().get().state().starred());
        }
        await(() -> saved(id).state().starred());
        assertThat(fx(() -> starredInRow(0))).isTrue();
        assertThat(fx(() -> window.models().reader().errorProperty().get())).isEmpty();
    }

    @Test
    void twoPressesWhileTheFirstIsSavedAreAStarAndItsUndoing() throws Exception {
        startOnFirstRow(dir);
        String id = fx(() -> window.models().feed().rows().get(0).id());
        PaperLibrary library = window.library();

        synchronized (library) {
            window.robot.type(KeyCode.S);
            within(2, () -> starredInRow(0));
            window.robot.type(KeyCode.S);
            within(2, () -> !starredInRow(0) && !window.models().reader().paperProperty().get().state().starred());
        }
        // Both saved, in the order pressed: the second save's news is the last, and no star comes back meanwhile.
        for (int i = 0; i < 20; i++) {
            assertThat(fx(() -> starredInRow(0))).as("the row, %d ms after the library was let go", i * 50)
                    .isFalse();
            Thread.sleep(50);
        }
        assertThat(saved(id).state().starred()).isFalse();
    }

    @Test
    void aStarThatCannotBeSavedIsTakenBackSayingWhy() throws Exception {
        SmallDisk disk = window.smallDisk(dir.resolve("disk"), 16);
        Path data = disk.path().resolve("data");
        try (AppServices seed = AppServices.open(new DataFolder(data), Clock.systemDefaultZone())) {
            assertThat(SampleDigest.importNow(seed.imports())).isPresent();
        }
        startOnFirstRow(data);
        disk.fill(0);

        window.robot.type(KeyCode.S);
        await(() -> window.models().reader().errorProperty().get().startsWith("Not starred: "));
        assertThat(fx(() -> starredInRow(0))).isFalse();
        assertThat(fx(() -> window.models().reader().paperProperty().get().state().starred())).isFalse();
        disk.free();
    }

    /** Starts the window with "mark read when shown" off (its own save would come first) and the first row shown. */
    private void startOnFirstRow(Path data) throws Exception {
        window.start(data);
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().unbind());
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().set(false));
        window.clickRow(0);
        await(() -> window.models().reader().paperProperty().get() != null
                && !window.models().reader().paperProperty().get().state().starred() && !starredInRow(0));
    }

    private boolean starredInRow(int index) {
        return window.models().feed().rows().get(index).entry().state().starred();
    }

    /** The paper as the library holds it (read on the FX thread by {@code await}: a read, never held up). */
    private LibraryPaper saved(String id) {
        try {
            return window.app.app().search().require(id);
        } catch (org.paperfeed.app.PaperFeedException e) {
            throw new IllegalStateException(e);
        }
    }
}
