package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperState;

/**
 * A tag the library refuses stays in the tag field, beside the reason, to be put right. Seen with a tag of 108
 * characters: "a tag can be at most 100 characters; this one has 108" showed under an empty field, the text typed
 * gone, so shortening it meant typing it all again.
 */
class TagFieldWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aTagRefusedStaysInItsFieldToBeShortenedAndIsSavedOnceItIs() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.clickRow(0);
        String first = fx(() -> window.list().getItems().get(0).id());
        window.robot.type(KeyCode.T);
        TextField tags = (TextField) window.robot.lookup("#tag-input").query();
        await(tags::isFocused);
        String tooLong = "tag words ".repeat(11).substring(0, PaperState.MAX_TAG_LENGTH + 8);
        assertThat(tooLong).hasSize(PaperState.MAX_TAG_LENGTH + 8);
        window.robot.interact(() -> tags.setText(tooLong));
        window.robot.interact(tags::end);

        window.robot.type(KeyCode.ENTER);
        await(() -> !window.models().reader().errorProperty().get().isEmpty());

        String reason = "a tag can be at most 100 characters; this one has 108";
        assertThat(fx(() -> window.models().reader().errorProperty().get())).isEqualTo(reason);
        assertThat(fx(() -> window.robot.lookup((Label l) -> reason.equals(l.getText())).queryAs(Label.class)
                .isVisible())).as("the reason, shown").isTrue();
        assertThat(fx(() -> tags.getText())).as("the tag typed, still in the field").isEqualTo(tooLong);
        assertThat(fx(() -> window.models().feed().row(first).orElseThrow().entry().state().tags())).isEmpty();

        // Shortened where it stands, it is saved, the field empties and the reason goes.
        window.robot.interact(() -> tags.setText(tooLong.substring(0, 39)));
        window.robot.type(KeyCode.ENTER);
        await(() -> !window.models().feed().row(first).orElseThrow().entry().state().tags().isEmpty());
        await(() -> tags.getText().isEmpty());
        assertThat(fx(() -> window.models().feed().row(first).orElseThrow().entry().state().tags()))
                .containsExactly(tooLong.substring(0, 39));
        await(() -> window.models().reader().errorProperty().get().isEmpty());
    }
}
