package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * Saving a search. Seen on the 144,468-paper library: with {@code "state space} in the field and the error
 * "invalid query: missing closing quote" under it, the bookmark still offered to save it; the dialog took a name and
 * closed, and nothing was saved, with not a word why (the library refuses a query it cannot run). A query that
 * cannot be run is not offered for saving.
 */
class SaveSearchWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aQueryThatCannotBeRunIsNotOfferedForSaving() throws Exception {
        try (AppServices seed = TestLibrary.open(dir)) {
            TopicLibrary.importAll(seed);
        }
        window.start(dir);

        window.search("title:(");
        await(() -> queryError().isVisible());
        assertThat(fx(() -> save().isDisabled())).as("Save this search, under \"%s\"", fx(queryError()::getText))
                .isTrue();

        // A phrase not closed yet is searched as if closed while it is typed, but cannot be saved as it stands.
        window.search("\"study robot");
        await(() -> !queryError().isVisible());
        assertThat(fx(() -> save().isDisabled())).as("Save this search, for an open phrase").isTrue();

        // Closed, it is offered and saved.
        window.search("\"study robot\"");
        await(() -> !queryError().isVisible() && !save().isDisabled());
        window.robot.clickOn("#save-search");
        // The dialog offers the text typed as the name; Enter takes it.
        await(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isFocused() && w != window.app.stage()));
        window.robot.type(KeyCode.ENTER);
        await(() -> window.models().sidebar().selectedProperty().get().key().startsWith("saved:"));
        assertThat(fx(() -> window.models().sidebar().selectedProperty().get().query())).as("the query saved")
                .isEqualTo("\"study robot\"");
        await(() -> !window.models().feed().searchingProperty().get() && !window.list().getItems().isEmpty());
    }

    /**
     * Seen on the real library: after the name dialog was closed without saving, the focus was on the bookmark, not
     * back in the search field, so what the reader typed next went to the window's keys: "author:hinton" put
     * "hor:hinton" into the tag field of the paper shown (its "t"), and an "x" marks a paper not interested.
     */
    @Test
    void aSaveCancelledLeavesTheReaderTypingInTheSearchField() throws Exception {
        try (AppServices seed = TestLibrary.open(dir)) {
            TopicLibrary.importAll(seed);
        }
        window.start(dir);
        window.clickRow(0);
        window.search("robot");
        await(() -> !save().isDisabled());

        window.robot.clickOn("#save-search");
        await(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isFocused() && w != window.app.stage()));
        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.app.stage().isFocused());
        window.robot.write(" arm");

        await(() -> window.app.window().feed().searchField().getText().equals("robot arm"));
        assertThat(fx(() -> window.app.stage().getScene().getFocusOwner() == window.app.window().feed().searchField()))
                .as("the search field has the focus").isTrue();
        assertThat(fx(() -> window.models().sidebar().selectedProperty().get().key())).as("nothing saved")
                .doesNotStartWith("saved:");
    }

    private Label queryError() {
        return (Label) window.app.window().lookup("#query-error");
    }

    private Button save() {
        return (Button) window.app.window().lookup("#save-search");
    }
}
