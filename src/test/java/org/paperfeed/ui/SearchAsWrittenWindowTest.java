package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * While typed, the search's last word also matches as a prefix, so the list does not empty on a word not finished.
 * Seen on the real library: "mamba OR ssm" listed 776 papers, Enter changed nothing, and the same search saved (or
 * run by {@code paperfeed search}) listed 746. Enter searches the text as written; typing again searches as typed.
 */
class SearchAsWrittenWindowTest {

    private static final String EXACT = "2501.00101";
    private static final String LONGER = "2501.00102";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 3);
        TestLibrary.add(dir, "ssm digest", new TestLibrary.Written(EXACT, "Selective State Space Models",
                "An ssm for long audio."), new TestLibrary.Written(LONGER, "Hyperspectral Imaging with SSMamba",
                "Ssmamba scans spectra."));
        window.start(dir);
    }

    @Test
    void enterSearchesTheTextAsWrittenAndTypingAgainSearchesAsTyped() throws Exception {
        window.search("ssm");
        await(() -> rows().size() == 2);
        assertThat(ids()).as("while typed, ssm is also a prefix (ssmamba)").containsExactlyInAnyOrder(EXACT, LONGER);

        window.robot.interact(() -> window.robot.lookup("#search").query().requestFocus());
        window.robot.type(KeyCode.ENTER);
        await(() -> rows().equals(List.of(EXACT)));
        assertThat(fx(() -> window.models().feed().statusProperty().get())).as("the count line").startsWith("1 paper");

        window.search("ssm ");
        window.search("ssm s");
        window.search("ssm ss");
        assertThat(fx(() -> window.models().feed().effectiveQuery())).as("typing again: the new word as a prefix")
                .contains("ss*");
    }

    private List<String> ids() throws Exception {
        return fx(this::rows);
    }

    /** The listed ids; on the FX thread. */
    private List<String> rows() {
        return window.list().getItems().stream().map(FeedRow::id).toList();
    }
}
