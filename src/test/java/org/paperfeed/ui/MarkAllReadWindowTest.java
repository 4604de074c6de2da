package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mark all read says what it is doing from the moment it is pressed. Seen on the 144,468-paper library: the latest
 * day's 292 unread papers took 3 to 7 seconds to mark, and all that time the toolbar showed only the button greyed;
 * "Marked 292 papers read" came at the end. Now the toolbar says "Marking every paper here read…" at once.
 */
class MarkAllReadWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theToolbarSaysTheMarkingHasStartedBeforeItSaysItIsDone() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        List<String> shown = new CopyOnWriteArrayList<>();
        window.robot.interact(() -> {
            Label message = (Label) window.app.window().lookup("#triage-message");
            Runnable read = () -> {
                if (message.isVisible() && !message.getText().isEmpty()
                        && (shown.isEmpty() || !shown.get(shown.size() - 1).equals(message.getText()))) {
                    shown.add(message.getText());
                }
            };
            message.textProperty().addListener((obs, was, now) -> read.run());
            message.visibleProperty().addListener((obs, was, now) -> read.run());
        });

        window.robot.clickOn("#mark-all-read");

        await(() -> shown.stream().anyMatch(text -> text.startsWith("Marked ")));
        assertThat(shown).as("what the toolbar said, in order").first().asString().startsWith("Marking");
        assertThat(fx(() -> ((Label) window.app.window().lookup("#triage-message")).getText()))
                .startsWith("Marked ").endsWith("papers read");
    }
}
