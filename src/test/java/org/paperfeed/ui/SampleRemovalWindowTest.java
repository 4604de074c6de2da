package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Listing;

/**
 * Issue 13, item 7: the bundled sample says it is a sample, in the sidebar and in the rows, and "Remove sample" takes
 * it away for good, asking first when some of its papers carry marks (those stay).
 */
class SampleRemovalWindowTest {

    static final String LABEL = "Sample: Hugging Face Papers, Mar 11";

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
    void theSampleIsNamedAsASampleAndRemovingItAsksAboutMarkedPapersAndKeepsItGone() throws Exception {
        window.start(dir);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> window.models().feed().statusProperty().get().startsWith("74 papers · "));
        await(() -> window.models().sidebar().entries().stream()
                .anyMatch(e -> e.kind() == SidebarEntry.Kind.SAMPLE && e.label().equals(LABEL)));
        await(() -> sampleCell().isPresent());
        await(() -> window.list().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith(LABEL + " #")));

        // Sample papers name no authors and carry no link: nothing is offered that would need one.
        window.clickRow(0);
        Node firstRow = window.cell(0);
        javafx.scene.control.ContextMenu rowMenu = fx(() -> ((ListCell<?>) firstRow).getContextMenu());
        window.robot.interact(() -> rowMenu.show(window.app.stage()));
        await(() -> rowMenu.getItems().size() > 1);
        assertThat(fx(() -> rowMenu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList()))
                .doesNotContain("Open abstract page (o)", "Open PDF", "Copy link (c)")
                .contains("Copy BibTeX (b)", "Copy title");
        MenuItem bibtex = fx(() -> rowMenu.getItems().stream().filter(i -> "row-menu-copy-bibtex".equals(i.getId()))
                .findFirst().orElseThrow());
        window.robot.interact(() -> {
            bibtex.fire();
            rowMenu.hide();
        });
        await(() -> !window.copied.isEmpty());
        assertThat(window.copied.get(window.copied.size() - 1)).startsWith("@").doesNotContain("author");
        assertThat(fx(() -> window.app.window().lookupAll(".hyperlink").stream()
                .map(n -> ((javafx.scene.control.Hyperlink) n).getText()).toList()))
                .doesNotContain("arXiv abstract", "PDF", "Hugging Face");

        String kept = fx(() -> window.list().getItems().get(0).entry().id().value());
        window.app.app().marks().star(kept);

        MenuItem remove = fx(() -> sampleCell().orElseThrow().getContextMenu().getItems().get(0));
        assertThat(fx(remove::getText)).isEqualTo("Remove sample…");
        window.robot.interact(remove::fire);
        await(() -> question().isPresent());
        assertThat(fx(() -> question().orElseThrow().getContentText()))
                .startsWith("1 sample paper has your marks").contains("will be kept");
        window.robot.interact(() -> ((Button) question().orElseThrow().lookupButton(
                question().orElseThrow().getButtonTypes().stream()
                        .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()))
                .fire());

        await(() -> window.models().feed().statusProperty().get().startsWith("1 papers · ")
                || window.models().feed().statusProperty().get().startsWith("1 paper · "));
        assertThat(fx(() -> window.list().getItems().get(0).entry().id().value())).isEqualTo(kept);

        // A restart does not import the sample again: the library keeps just the starred paper.
        window.stop();
        window.start(dir);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> window.models().feed().statusProperty().get().matches("1 papers? · .*"));
        assertThat(window.app.app().search().size()).isEqualTo(1);
        assertThat(fx(() -> window.list().getItems().get(0).entry().paper().listings()))
                .extracting(Listing::source).containsOnly("hf-papers");
    }

    private Optional<ListCell<?>> sampleCell() {
        Node sidebar = window.app.window().lookup("#sidebar");
        return sidebar.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof SidebarEntry e
                        && e.kind() == SidebarEntry.Kind.SAMPLE && e.label().equals(LABEL))
                .<ListCell<?>>map(n -> (ListCell<?>) n).findFirst();
    }

    private Optional<DialogPane> question() {
        return Window.getWindows().stream().filter(w -> w != window.app.stage() && w.isShowing())
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).findFirst();
    }
}
