package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.WindowLayout;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its default size, 1,280 by 800 pixels, the dividers where a first start puts them: what it shows is
 * shown whole. The search field's hint was cut mid-word ("…author:, tag:, i"), seen on screen with the 144,468-paper
 * library.
 */
class DefaultWidthWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theSearchFieldsHintIsShownWholeWithTheWholeSyntaxInItsTooltip() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        at1280();
        TextField search = fx(() -> window.app.window().feed().searchField());
        await(() -> promptNode(search) != null);

        double promptWidth = fx(() -> promptNode(search).getLayoutBounds().getWidth());
        double room = fx(() -> search.getWidth() - search.snappedLeftInset() - search.snappedRightInset());
        assertThat(promptWidth).as("the hint \"%s\" against the field's room for text", fx(search::getPromptText))
                .isLessThanOrEqualTo(room);
        assertThat(fx(search::getPromptText)).startsWith("Search");
        assertThat(fx(() -> search.getTooltip() == null ? "" : search.getTooltip().getText()))
                .as("every part of the syntax the whole hint named")
                .contains("(/)", "words", "\"phrases\"", "OR", "-word", "author:", "tag:", "is:unread",
                        "after:2024-01-01");
    }

    /** The text node that draws the field's hint (its skin's prompt), or null before it is laid out. */
    private static Text promptNode(TextField field) {
        return field.lookupAll(".text").stream().filter(n -> n instanceof Text t && t.getText() != null
                && t.getText().equals(field.getPromptText())).map(Text.class::cast).findFirst().orElse(null);
    }

    private void at1280() throws Exception {
        window.robot.interact(() -> {
            window.app.stage().setWidth(WindowLayout.DEFAULT.width());
            window.app.stage().setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
