package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sidebar's lines are drawn in every frame while a refresh changes its sources' states. Seen under Xvfb on the
 * 144,468-paper library: during the start's refresh the selected "All papers" line was drawn blank (its background
 * only) for half a second, once for seconds. Each state replaces the sidebar's entries, and a cell took its new entry
 * in its own layout, after the pulse's CSS pass, so its new labels had no skin and no size in the frame drawn.
 */
class SidebarDrawnWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void everyLineOfTheSidebarIsDrawnInEveryFrameOfARefresh() throws Exception {
        TestLibrary.create(dir, 30);
        window.sources(TestSources.of(
                TestSources.hfDaily("Away one", "http://127.0.0.1:" + TestSources.closedPort() + "/a"),
                TestSources.hfDaily("Away two", "http://127.0.0.1:" + TestSources.closedPort() + "/b"),
                TestSources.hfDaily("Away three", "http://127.0.0.1:" + TestSources.closedPort() + "/c")));
        window.start(dir);
        List<String> undrawn = Collections.synchronizedList(new ArrayList<>());
        int[] frames = {0};
        SidebarView sidebar = fx(() -> (SidebarView) window.app.window().lookup("#sidebar"));
        Runnable afterLayout = () -> {
            frames[0]++;
            undrawn.addAll(undrawnLabels(sidebar));
        };
        // The stage outlives the test (TestFX's primary stage): the listener is taken off again, whatever happens.
        javafx.scene.Scene scene = fx(() -> window.app.stage().getScene());
        fx(() -> {
            scene.addPostLayoutPulseListener(afterLayout);
            return null;
        });
        try {
            for (int i = 0; i < 5; i++) {
                await(() -> !window.models().refresh().runningProperty().get());
                WaitForAsyncUtils.asyncFx(() -> window.models().refresh().refresh()).get();
                WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            }
            await(() -> !window.models().refresh().runningProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            fx(() -> {
                scene.removePostLayoutPulseListener(afterLayout);
                return null;
            });
        }

        assertThat(frames[0]).as("frames laid out during the refreshes").isGreaterThan(5);
        assertThat(undrawn).as("sidebar labels laid out with no skin or no width, over %d frames", frames[0])
                .isEmpty();
    }

    /** The labels of the sidebar's lines on the screen that would draw nothing: no skin, or no width. */
    private static List<String> undrawnLabels(SidebarView sidebar) {
        List<String> found = new ArrayList<>();
        if (!(sidebar.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return found;
        }
        for (Node node : sidebar.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.getItem() != null && flow.getVisibleCell(cell.getIndex()) == cell
                    && shown(cell) && cell.getGraphic() != null) {
                collect(cell.getGraphic(), found);
            }
        }
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Label label && !label.getText().isEmpty()
                && (label.getSkin() == null || label.getWidth() <= 0)) {
            found.add(label.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
