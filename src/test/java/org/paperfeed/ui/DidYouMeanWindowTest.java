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

    /**
     * The correction is taken from the keyboard: Enter in the search field, over a list that found nothing, runs it
     * (Tab from the field went to the empty list, and the link was out of reach without the mouse); typing on to a
     * search with no near word takes the offer away.
     */
    @Test
    void enterInTheSearchFieldTakesTheCorrectionAndTypingOnTakesItAway() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.robot.clickOn("#search").write("difusion protien");
        await(() -> window.list().getItems().isEmpty() && correction() != null && correction().isVisible());

        // Typed on to a search with no near word: the offer for the text before goes.
        window.robot.write(" zebrafish");
        await(() -> !correction().isVisible()
                && window.app.window().feed().searchField().getText().equals("difusion protien zebrafish"));
        Thread.sleep(500);
        assertThat(fx(() -> correction().isVisible())).isFalse();
        window.robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        window.robot.write("difusion protien");
        await(() -> window.list().getItems().isEmpty() && correction().isVisible());

        window.robot.type(javafx.scene.input.KeyCode.ENTER);

        await(() -> !window.list().getItems().isEmpty());
        assertThat(fx(() -> window.app.window().feed().searchField().getText())).isEqualTo("diffusion protein");
        assertThat(fx(() -> window.list().getItems().get(0).entry().paper().title()))
                .isEqualTo("Diffusion Models for Protein Folding");
        assertThat(fx(() -> window.app.window().feed().searchField().isFocused()))
                .as("the focus stays in the field, to go on typing or Enter again for the list").isTrue();
        assertThat(fx(() -> hint().isVisible())).isFalse();

        window.robot.type(javafx.scene.input.KeyCode.ENTER);
        await(() -> window.list().isFocused() && window.list().getSelectionModel().getSelectedIndex() == 0);
    }

    /**
     * Enter on the empty list takes the correction too, as in the search field: with the focus on the list (Esc from
     * the field, Tab, or Enter pressed before the offer came) Enter did nothing and the offer was the mouse's alone.
     * The search runs and the focus goes back to the field, as after a click on the link.
     */
    @Test
    void enterOnTheEmptyListTakesTheCorrection() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.robot.clickOn("#search").write("difusion protien");
        await(() -> window.list().getItems().isEmpty() && correction() != null && correction().isVisible());
        window.robot.type(javafx.scene.input.KeyCode.ESCAPE);
        await(() -> window.list().isFocused());

        window.robot.type(javafx.scene.input.KeyCode.ENTER);

        await(() -> !window.list().getItems().isEmpty());
        assertThat(fx(() -> window.app.window().feed().searchField().getText())).isEqualTo("diffusion protein");
        assertThat(fx(() -> window.list().getItems().get(0).entry().paper().title()))
                .isEqualTo("Diffusion Models for Protein Folding");
        assertThat(fx(() -> window.app.window().feed().searchField().isFocused())).isTrue();
        assertThat(fx(() -> correction().isVisible())).isFalse();
    }

    /** Over a list with rows Enter is the list's own: the search stays as typed, the row stays selected. */
    @Test
    void enterOnAListWithRowsLeavesTheSearchAlone() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.robot.clickOn("#search").write("protein");
        await(() -> window.list().getItems().size() == 1);
        window.robot.type(javafx.scene.input.KeyCode.ENTER);
        await(() -> window.list().isFocused() && window.list().getSelectionModel().getSelectedIndex() == 0);

        window.robot.type(javafx.scene.input.KeyCode.ENTER);
        Thread.sleep(300);

        assertThat(fx(() -> window.app.window().feed().searchField().getText())).isEqualTo("protein");
        assertThat(fx(() -> window.list().isFocused())).isTrue();
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isZero();
    }

    /** The offer says how to take it from the keyboard, under the link. */
    @Test
    void theOfferSaysEnterTakesIt() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        window.robot.clickOn("#search").write("difusion protien");
        await(() -> window.list().getItems().isEmpty() && correction() != null && correction().isVisible());
        assertThat(fx(() -> hint().isVisible())).isTrue();
        assertThat(fx(() -> hint().getText())).isEqualTo("Enter in the search field or the list searches for it");
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

    private javafx.scene.control.Label hint() {
        return (javafx.scene.control.Label) window.list().getPlaceholder().lookup("#did-you-mean-key");
    }

    private Hyperlink correction() {
        Node placeholder = window.list().getPlaceholder();
        return placeholder == null ? null : (Hyperlink) placeholder.lookup("#did-you-mean");
    }
}
