package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search that found nothing because of typos offers the search that finds the papers, and one click runs it
 * ("difusion protien": "diffusion protein"); a search that finds nothing with no near word offers nothing.
 */
class DidYouMeanWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aMisspeltSearchOffersTheCorrectedOneAndAClickRunsIt() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.robot.clickOn("#search").write("difusion protien");
        await(() -> window.list().getItems().isEmpty() && correction() != null && correction().isVisible());
        assertThat(fx(() -> correction().getText())).isEqualTo("Did you mean “diffusion protein”?");

        window.robot.clickOn("#did-you-mean");

        await(() -> !window.list().getItems().isEmpty());
        assertThat(fx(() -> window.app.window().feed().searchField().getText())).isEqualTo("diffusion protein");
        assertThat(fx(() -> window.list().getItems().get(0).entry().paper().title()))
                .isEqualTo("Diffusion Models for Protein Folding");
        assertThat(fx(() -> correction().isVisible())).as("no correction over a list of papers").isFalse();
    }

    @Test
    void aSearchWithNoNearWordOffersNothing() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.search("zebrafish");
        await(() -> window.list().getItems().isEmpty());
        // The look-up runs after the empty list is shown: give it the time it takes, then check nothing came.
        Thread.sleep(500);
        assertThat(fx(() -> correction().isVisible())).isFalse();
    }

    private Hyperlink correction() {
        Node placeholder = window.list().getPlaceholder();
        return placeholder == null ? null : (Hyperlink) placeholder.lookup("#did-you-mean");
    }
}
