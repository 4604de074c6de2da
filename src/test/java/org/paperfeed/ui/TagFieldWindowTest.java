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

    /**
     * With a suggestion open, one Esc still leaves the field for the list; Enter, once the tag is saved, returns there
     * too. The first Esc had only closed the suggestion: "j" and "s" typed next read "mjs" in the field, the paper
     * neither left nor starred, and a note typed after n had gone into the tag field.
     */
    @Test
    void escWithASuggestionOpenAndEnterAfterATagBothReturnToTheList() throws Exception {
        TestLibrary.create(dir, 10);
        try (org.paperfeed.app.AppServices app = TestLibrary.open(dir)) {
            app.marks().tag("2403.00005", java.util.Set.of("ml"));
        }
        window.start(dir);
        window.clickRow(0);
        TextField tags = (TextField) window.robot.lookup("#tag-input").query();
        window.robot.type(KeyCode.T);
        await(tags::isFocused);
        window.robot.write("m");
        await(() -> window.robot.lookup(".context-menu").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());

        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.list().isFocused());
        assertThat(fx(() -> tags.getText())).as("the half-typed tag dropped").isEmpty();
        window.robot.type(KeyCode.J);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 1);
        assertThat(fx(() -> tags.getText())).as("j moved in the list, not typed").isEmpty();

        String second = fx(() -> window.list().getItems().get(1).id());
        window.robot.type(KeyCode.T);
        await(tags::isFocused);
        window.robot.write("robots");
        window.robot.type(KeyCode.ENTER);
        await(() -> window.models().feed().row(second).orElseThrow().entry().state().tags().contains("robots"));
        await(() -> window.list().isFocused());
        window.robot.type(KeyCode.J);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 2);
        assertThat(fx(() -> tags.getText())).isEmpty();
    }
}
