package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5: a sidebar entry's count is exactly the number of papers its view lists, and follows a star at
 * once. The sample's line counts the papers the sample listed, not every paper in the library.
 */
class SidebarCountsWindowTest {

    @TempDir
    Path dir;
    final WindowFixture window = new WindowFixture();

    @BeforeAll
    static void toolkit() throws Exception {
        WindowFixture.toolkit();
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void starredCountFollowsAStarAndEqualsTheListedPapers() throws Exception {
        window.start(dir);
        await(() -> "74".equals(sidebarCount("sidebar-sample-" + SampleRemovalWindowTest.LABEL)));
        window.app.app().imports().importBytes(TestLibrary.digest(0), "test digest", "test-papers",
                "application/json");
        await(() -> "79".equals(sidebarCount("sidebar-feed-All papers")));
        assertThat(fx(() -> sidebarCount("sidebar-sample-" + SampleRemovalWindowTest.LABEL)))
                .as("the papers the sample listed, not the library's").isEqualTo("74");

        await(() -> "0".equals(sidebarCount("sidebar-feed-Starred")));

        // Starred where the user reads (All papers), with the key; then the Starred view lists what it counts.
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> window.models().feed().statusProperty().get().startsWith("79 papers · "));
        window.clickRow(0);
        window.robot.type(KeyCode.S);
        window.clickRow(2);
        window.robot.type(KeyCode.S);
        await(() -> "2".equals(sidebarCount("sidebar-feed-Starred")));

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.STARRED));
        await(() -> window.list().getItems().size() == 2 && !window.models().feed().searchingProperty().get());
        assertThat(fx(() -> window.models().feed().statusProperty().get())).startsWith("2 papers · ");
        assertThat(fx(() -> sidebarCount("sidebar-feed-Starred"))).isEqualTo("2");
    }

    /** The count beside a sidebar entry, or null while it is not shown; read on the FX thread. */
    private String sidebarCount(String id) {
        return window.app.window().sidebar().lookupAll(".label").stream()
                .filter(n -> id.equals(n.getId())).findFirst()
                .flatMap(n -> n.getParent().lookupAll(".pf-sidebar-count").stream().findFirst())
                .map(n -> ((Label) n).getText()).orElse(null);
    }
}
