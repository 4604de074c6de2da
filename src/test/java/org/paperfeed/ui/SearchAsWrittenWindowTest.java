package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

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
        String json = "[" + entry(EXACT, "Selective State Space Models", "An ssm for long audio.") + ","
                + entry(LONGER, "Hyperspectral Imaging with SSMamba", "Ssmamba scans spectra.") + "]";
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(json.getBytes(StandardCharsets.UTF_8), "ssm digest", "test-papers",
                    "application/json");
        }
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

    private static String entry(String id, String title, String summary) {
        return "{\"paper\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"summary\":\"" + summary
                + "\",\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\"2025-01-02T00:00:00.000Z\","
                + "\"upvotes\":1},\"title\":\"" + title + "\"}";
    }
}
