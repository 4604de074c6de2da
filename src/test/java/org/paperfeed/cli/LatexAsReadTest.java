package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal shows titles, snippets and abstracts as the window does, read: on the real library {@code search}
 * printed "\textbf{Elastic **Diffusion** **Transformer** (E-DiT)}" and {@code $\textit{patchify}$}. {@code --json}
 * keeps the text as the source sent it, as the exports do.
 */
class LatexAsReadTest {

    private static final String TITLE = "Schr\\\"odinger bridges for CO$_2$ capture";
    private static final String ABSTRACT = "We propose \\textbf{Elastic Diffusion (E-DiT)}, which gains"
            + " $15\\%\\sim30\\%$ over a static $\\textit{patchify}$ step.";

    @TempDir
    Path data;
    @TempDir
    Path files;

    @BeforeEach
    void aPaperWrittenInLatex() throws Exception {
        Path feed = files.resolve("feed.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>"
                + TITLE + "</title><link>https://arxiv.org/abs/2501.00007</link><description>" + ABSTRACT
                + "</description></item></channel></rss>", StandardCharsets.UTF_8);
        assertThat(CliRun.of(data, "import", feed.toString()).status()).isZero();
    }

    @Test
    void searchListAndShowPrintTheTextAsRead() {
        CliRun search = CliRun.of(data, "search", "diffusion");
        assertThat(search.out()).contains("Schrödinger bridges for CO₂ capture")
                .contains("We propose Elastic **Diffusion** (E-DiT), which gains 15%∼30% over a static patchify step.")
                .doesNotContain("\\textbf").doesNotContain("$");
        assertThat(CliRun.of(data, "list").out()).contains("Schrödinger bridges for CO₂ capture");
        String id = (String) CliRun.of(data, "list", "--json").json().get(0).get("id");
        assertThat(CliRun.of(data, "show", id).out()).startsWith("Schrödinger bridges for CO₂ capture")
                .contains("15%∼30%").doesNotContain("\\textit");
    }

    @Test
    void jsonKeepsTheSourcesText() {
        assertThat(CliRun.of(data, "search", "diffusion", "--json").json()).singleElement().satisfies(hit -> {
            assertThat(hit.get("title")).isEqualTo(TITLE);
            assertThat(hit.get("abstract")).isEqualTo(ABSTRACT);
        });
    }
}
