package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mute rules dialog shows all it says. Seen at 1,024 pixels, light and dark: the line under the field read
 * "…title:survey, author:"Some One", ca…", so the {@code cat:cs.CV} and {@code -tag:keep} examples were lost, and
 * the dialog's border cut the right edge of "Add rule", which stood against it with no margin.
 */
class MuteRulesDialogWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theHelpLineIsReadInFullAndAddRuleStandsInsideTheDialog() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.robot.clickOn("#mute-rules");
        await(() -> window.robot.lookup("#mute-rule-query").tryQuery().isPresent());
        await(() -> window.robot.lookup("#mute-rule-query").query().isFocused());
        Label preview = window.robot.lookup("#mute-rule-preview").queryAs(Label.class);
        Button add = window.robot.lookup("#mute-rule-add").queryAs(Button.class);
        DialogPane pane = fx(() -> (DialogPane) add.getScene().getRoot());

        assertThat(fx(() -> preview.getText())).isEqualTo(MuteRulesViewModel.HOW_TO_WRITE);
        // What the label draws: its text, or that text shortened with an ellipsis when it does not fit.
        assertThat(fx(() -> ((Text) preview.lookup(".text")).getText())).as("the help line as drawn")
                .isEqualTo(MuteRulesViewModel.HOW_TO_WRITE);
        assertThat(fx(() -> inScene(preview).getMaxX())).as("the help line's right edge")
                .isLessThanOrEqualTo(fx(() -> contentRight(pane)));

        // Inside the dialog with the margin its header text keeps from the border, not against the border.
        Bounds button = fx(() -> inScene(add));
        assertThat(button.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(button.getMaxX()).as("Add rule's right edge, in a dialog %s wide", fx(() -> pane.getWidth()))
                .isLessThanOrEqualTo(fx(() -> contentRight(pane)));
        window.robot.type(KeyCode.ESCAPE);
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Where the dialog's content may reach: its width less the margin the header keeps on the right. */
    private static double contentRight(DialogPane pane) {
        Node header = pane.lookup(".header-panel");
        double margin = header instanceof javafx.scene.layout.Region region ? region.getInsets().getRight() : 0;
        return pane.getWidth() - margin;
    }
}
