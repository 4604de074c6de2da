package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enter in the search field goes to the list and selects its first paper: the search's first, even when Enter comes
 * before the search's rows do. On 144,468 papers, "cat:cs.LG" typed and Enter at once selected the first row of the
 * list before (a paper of a prefix search, or of the day), showed it and marked it read; the search's rows then kept
 * it selected as their third, or let it go and left the reading pane empty.
 */
class EnterBeforeResultsWindowTest {

    /** Published after the library's other papers: the first row of All papers, by date. */
    private static final String NEWEST = "2501.00201";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 3);
        TestLibrary.add(dir, "zebrafish digest", new TestLibrary.Written(NEWEST, "Zebrafish Fins Regrow",
                "Fins regrow in a week."));
        window.start(dir);
    }

    @Test
    void enterPressedBeforeTheResultsSelectsTheSearchsFirstPaper() throws Exception {
        await(() -> rows().get(0).equals(NEWEST) && !window.models().feed().searchingProperty().get());
        assertThat(fx(() -> window.list().getSelectionModel().isEmpty())).as("nothing chosen yet").isTrue();

        // Typed and Enter in one go: the search runs in the background, so its rows cannot have landed yet.
        window.robot.interact(() -> {
            TextField search = window.robot.lookup("#search").queryAs(TextField.class);
            search.requestFocus();
            search.setText("quantum OR chess");
            Event.fireEvent(search, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
        });
        await(() -> !window.models().feed().searchingProperty().get() && !rows().contains(NEWEST)
                && rows().size() == 2);

        assertThat(fx(() -> {
            FeedRow selected = window.list().getSelectionModel().getSelectedItem();
            return selected == null ? "nothing" : selected.id();
        })).as("the paper selected after Enter, of %s", fx(this::rows)).isEqualTo(fx(() -> rows().get(0)));
        assertThat(fx(() -> window.list().isFocused())).as("the list has the keyboard").isTrue();
    }

    /** The listed ids; on the FX thread. */
    private List<String> rows() {
        return window.list().getItems().stream().map(FeedRow::id).toList();
    }
}
