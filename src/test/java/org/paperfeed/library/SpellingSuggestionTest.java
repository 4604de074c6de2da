package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/** "Did you mean": a search that found nothing because of a typo is offered the search that finds the papers. */
class SpellingSuggestionTest {

    @TempDir
    Path folder;
    private PaperLibrary library;

    @BeforeEach
    void library() throws Exception {
        library = PaperLibrary.open(folder, Clock.systemDefaultZone());
        library.add(List.of(
                paper(1, "Diffusion models for image synthesis",
                        "We train a diffusion model that synthesises images from noise.", "Ashish Vaswani"),
                paper(2, "Scaling diffusion transformers",
                        "Diffusion transformers scale with compute; the model improves with size.", "Jonathan Ho"),
                paper(3, "Reinforcement learning from human feedback",
                        "A reward model learned from human preferences steers a language model.", "Paul Christiano"),
                paper(4, "Graph neural networks for molecules",
                        "Message passing networks predict the properties of molecules.", "Justin Gilmer")));
    }

    @AfterEach
    void close() throws Exception {
        library.close();
    }

    @Test
    void typosInPlainWordsAreCorrectedToTheLibrarysOwnWords() throws Exception {
        assertThat(library.didYouMean("difusion modle")).contains("diffusion model");
        assertThat(library.didYouMean("reinforcment lerning")).contains("reinforcement learning");
    }

    @Test
    void anAuthorsMisspelledNameIsCorrected() throws Exception {
        assertThat(library.didYouMean("Vaswnai")).contains("vaswani");
    }

    @Test
    void whatSurroundsTheWordIsKeptAsTyped() throws Exception {
        assertThat(library.didYouMean("\"difusion models\" -graph")).contains("\"diffusion models\" -graph");
        assertThat(library.didYouMean("(molecles OR proteins)")).contains("(molecules OR proteins)");
    }

    @Test
    void nothingIsOfferedWhenThereIsNothingToCorrect() throws Exception {
        assertThat(library.didYouMean("diffusion model")).as("every word matches").isEmpty();
        assertThat(library.didYouMean("qwertyuiop")).as("no near word").isEmpty();
        assertThat(library.didYouMean("-difusion")).as("an excluded word is left as typed").isEmpty();
        assertThat(library.didYouMean("title:difusion")).as("a field's word is left as typed").isEmpty();
        assertThat(library.didYouMean("difus*")).as("a prefix is left as typed").isEmpty();
        assertThat(library.didYouMean("\"difusion modle")).as("a search that does not parse").isEmpty();
        assertThat(library.didYouMean("difusion molecules"))
                .as("corrected, it still finds nothing: no paper has both").isEmpty();
    }

    @Test
    void aTypoAFewPapersMadeTooIsCorrectedToTheWordMostWrite() throws Exception {
        List<Paper> more = new java.util.ArrayList<>();
        for (int n = 10; n < 50; n++) {
            more.add(paper(n, "Transformer number " + n, "A transformer for task " + n + ".", "Writer " + n));
        }
        more.add(paper(50, "A transfomer misspelt", "Our transfomer, misspelt in the abstract too.", "Typo Maker"));
        library.add(more);

        assertThat(library.didYouMean("transfomer number")).contains("transformer number");
        assertThat(library.didYouMean("transformer misspelt")).as("a word many papers write is never corrected")
                .isEmpty();
    }

    private static Paper paper(int n, String title, String abstractText, String author) {
        return new Paper(PaperId.arxiv(String.format("2503.%05d", n)), title, abstractText, List.of(author),
                LocalDate.of(2025, 3, 1 + n % 28), "arxiv", List.of(), null, List.of("cs.LG"));
    }
}
