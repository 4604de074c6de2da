package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;

/**
 * Undo, as a walk through the real library found it: undoing Mark all read offered, in its place, the Undo of an
 * {@code x} minutes old in another view ("Interested again: Streami… [Undo]") and never said what it had undone; and
 * an unread paper dismissed with {@code x} came back from Ctrl+Z read, "mark read when shown" marking it as the list
 * selected it again.
 */
class UndoWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void anUndoSaysWhatItUndidAndCtrlZTakesBackTheChangeBeforeIt() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        listen();
        window.clickRow(0);
        String dismissed = fx(() -> window.list().getItems().get(0).id());
        window.robot.type(KeyCode.X);
        await(() -> window.list().getItems().stream().noneMatch(r -> r.id().equals(dismissed)));
        window.robot.clickOn("#mark-all-read");
        awaitOrSay(() -> message().startsWith("Marked 29 papers read"));

        undo();
        awaitOrSay(() -> message().equals("Undone: marked 29 papers read"));
        assertThat(fx(() -> window.robot.lookup("#undo").query().isVisible()))
                .as("no Undo beside what was undone").isFalse();
        assertThat(fx(() -> window.list().getItems().stream().map(FeedRow::id).toList()))
                .as("the x before it stays").doesNotContain(dismissed).hasSize(29);

        undo();
        await(() -> message().startsWith("Undone: not interested: ")
                && window.list().getItems().stream().anyMatch(r -> r.id().equals(dismissed)));
    }

    @Test
    void anUnreadPaperDismissedAndBroughtBackIsStillUnread() throws Exception {
        window.startOnLatestTopicDay(dir, true);
        listen();
        window.clickRow(3);
        String id = fx(() -> window.list().getItems().get(3).id());
        await(() -> shown() != null && shown().state().read());
        window.typeAtList("m");
        await(() -> !shown().state().read());
        window.typeAtList("x");
        await(() -> window.list().getItems().stream().noneMatch(r -> r.id().equals(id)));

        undo();
        awaitOrSay(() -> shown() != null && shown().id().value().equals(id));
        Thread.sleep(500); // a mark read would have been asked for as it was shown
        awaitOrSay(() -> window.list().getItems().stream().anyMatch(r -> r.id().equals(id) && !r.entry().state().read()));
        assertThat(fx(() -> shown().state().read())).as("still unread, as it was before x").isFalse();
    }

    private final java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void listen() {
        window.robot.interact(() -> window.models().triage().messageProperty()
                .addListener((obs, old, now) -> said.add(now)));
    }

    private void awaitOrSay(java.util.function.BooleanSupplier condition) throws Exception {
        try {
            await(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the toolbar said " + said + "; shown "
                    + fx(() -> shown() == null ? null : shown().id().value() + " read " + shown().state().read())
                    + "; listed " + fx(() -> window.list().getItems().size()), e);
        }
    }

    private void undo() {
        window.robot.interact(() -> window.list().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    private String message() {
        return window.models().triage().messageProperty().get();
    }

    private LibraryPaper shown() {
        return window.models().reader().paperProperty().get();
    }
}
