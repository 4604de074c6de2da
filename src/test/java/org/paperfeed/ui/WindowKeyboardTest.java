package org.paperfeed.ui;

import static org.paperfeed.ui.WindowFixture.await;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window test's keys reach its window, whatever the test its JVM ran before it. Headless Monocle sends the robot's
 * keys to the window that last asked for the focus and, unlike a desktop, gives the focus to no window when that one
 * closes. The build failed in CI on Tab and Enter that went nowhere in three tests that pass alone; the second test
 * here failed the same way before {@link WindowFixture#launch} gave each window the keyboard.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowKeyboardTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    @Order(1)
    void aWindowOfItsOwnTakesTheKeyboardAndCloses() throws Exception {
        TestLibrary.create(dir, 3);
        window.start(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            Stage other = new Stage();
            other.setScene(new Scene(new Label("another window"), 200, 100));
            other.show();
            other.requestFocus();
            other.close();
        }).get();
    }

    @Test
    @Order(2)
    void theNextTestsWindowGetsItsKeys() throws Exception {
        TestLibrary.create(dir, 3);
        window.start(dir);
        window.robot.clickOn("#search");
        window.robot.type(KeyCode.A);
        TextField search = window.robot.lookup("#search").query();
        await(() -> "a".equals(search.getText()));
    }
}
