package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper found by an author's name says so in the reading pane: the name is marked as the abstract's matches are.
 * Searching "hopper" listed the paper and marked nothing anywhere, the name being one of thirteen, after "and 3
 * more": the reader could not tell why the paper was there.
 */
class AuthorMatchWindowTest {

    private static final String TITLE = "Compilers for Large Collaborations";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 3);
        List<String> authors = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            authors.add("Member Number" + (char) ('A' + i));
        }
        authors.add("Grace Hopper");
        TestLibrary.add(dir, "consortium", new TestLibrary.Written("2501.00077", TITLE,
                "A consortium writes about compilers.", authors));
        window.start(dir);
    }

    @Test
    void anAuthorTheSearchMatchedIsMarkedAndShownThoughFarDownTheList() throws Exception {
        window.search("hopper");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        HighlightedTextFlow names = window.robot.lookup("#reader-authors-names").queryAs(HighlightedTextFlow.class);
        await(() -> names.matches().equals(List.of("Grace Hopper")));
        assertThat(fx(names::plainText)).as("the first ten, then the one matched")
                .startsWith("Member NumberB, ").endsWith("Member NumberK, … Grace Hopper");
        assertThat(fx(() -> ((javafx.scene.control.Labeled) window.robot.lookup("#reader-authors-more").query())
                .getText())).isEqualTo("and 2 more");

        // Another search, the same paper: the name is no longer marked.
        window.search("consortium");
        await(() -> window.list().getItems().size() == 1);
        await(() -> names.matches().isEmpty());
        assertThat(fx(names::plainText)).doesNotContain("Grace Hopper");
    }
}
