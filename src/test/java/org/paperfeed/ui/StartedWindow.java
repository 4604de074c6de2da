package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window started on a data folder as a user starts it, with no sources to refresh and without waiting for rows
 * (an emptied or damaged library may have none, which {@link WindowFixture} waits for): for tests of what the window
 * says at the start. Closed after each test; register it with {@code @RegisterExtension}.
 */
final class StartedWindow implements AfterEachCallback {

    PaperFeedApplication app;

    /** Starts the window on {@code dir}. */
    PaperFeedApplication start(Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        app = WindowFixture.launch(startup);
        return app;
    }

    /** The text of the notice the window shows, which must be showing. */
    String notice() throws Exception {
        Label notice = WaitForAsyncUtils.asyncFx(() -> (Label) app.window().lookup("#notice")).get();
        assertThat(WaitForAsyncUtils.asyncFx(notice::isVisible).get()).isTrue();
        return WaitForAsyncUtils.asyncFx(notice::getText).get();
    }

    /** The notice the window shows, or null when it shows none (all dismissed). */
    String shownNotice() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Label notice = (Label) app.window().lookup("#notice");
            return notice != null && shown(notice) ? notice.getText() : null;
        }).get();
    }

    /** Whether the node and every node it is in are visible: the notice's label sits in the bar's wrapped text. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Dismisses the notice showing with its button (Dismiss, or Next when more wait), as a user clicks it. */
    void dismissNotice() {
        new org.testfx.api.FxRobot().clickOn("#notice-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }
}
