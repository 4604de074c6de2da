package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * A phrase typed key by key. On the 144,468-paper library every key after the opening quote showed "invalid query:
 * missing closing quote" under the search field until the quote was closed, the list standing still: a phrase is
 * typed with its closing quote last. While typed, an open phrase is searched as if it were closed.
 */
class OpenPhraseWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aPhraseBeingTypedIsSearchedAsIfClosed() throws Exception {
        try (AppServices seed = TestLibrary.open(dir)) {
            TopicLibrary.importAll(seed);
        }
        window.start(dir);
        String phrase = "\"study robot";
        List<String> errors = new ArrayList<>();
        for (int end = 1; end <= phrase.length(); end++) {
            window.search(phrase.substring(0, end));
            String error = fx(() -> window.models().feed().queryErrorProperty().get());
            if (!error.isEmpty()) {
                errors.add(phrase.substring(0, end) + " → " + error);
            }
        }
        assertThat(errors).as("query errors while typing %s", phrase).isEmpty();
        List<String> open = ids();
        assertThat(open).isNotEmpty();

        // While typed, the phrase's last word may be unfinished ("robo"), so it also matches as a prefix: the open
        // phrase lists at least what the closed one does.
        window.search(phrase + "\"");
        assertThat(ids()).as("the phrase closed").isNotEmpty();
        assertThat(open).as("the phrase open").containsAll(ids());
    }

    private List<String> ids() throws Exception {
        return fx(() -> window.list().getItems().stream().map(FeedRow::id).toList());
    }
}
