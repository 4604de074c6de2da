package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.Listing;

/** One name for a source in the window and on the command line: short, the sample's with its day, a file's. */
class SourceNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 8, 21);
    /** What the app says of an imported day's file ({@link ImportedFiles#nameOf}); every other name is its own. */
    private static final UnaryOperator<String> NAMES = source -> Map.of(
            "2026-08-21", SourceNames.imported("Hugging Face JSON", "2026-08-21.json"),
            "odd", SourceNames.imported("RSS", "a (imported b).xml")).getOrDefault(source, source);

    private static Listing listedBy(String source) {
        return Listing.daily(source, DAY, 10, 3, null);
    }

    @Test
    void huggingFaceSourcesGoByTheirShortNameAndOthersByTheirOwn() {
        assertThat(SourceNames.of(listedBy("Hugging Face daily"), NAMES)).isEqualTo("HF daily");
        assertThat(SourceNames.of("Hugging Face trending", NAMES)).isEqualTo("HF trending");
        assertThat(SourceNames.of(listedBy("Hugging Faces"), NAMES)).isEqualTo("Hugging Faces");
        assertThat(SourceNames.of(listedBy("arXiv cs.LG new"), NAMES)).isEqualTo("arXiv cs.LG new");
        assertThat(SourceNames.compact(listedBy("Hugging Face daily"), NAMES)).isEqualTo("HF daily");
    }

    @Test
    void anImportedFileGoesByItsFormatAndFileAndInARowByTheFile() {
        assertThat(SourceNames.of(listedBy("2026-08-21"), NAMES))
                .isEqualTo("Hugging Face JSON (imported 2026-08-21.json)");
        assertThat(SourceNames.of("2026-08-21", NAMES)).isEqualTo("Hugging Face JSON (imported 2026-08-21.json)");
        assertThat(SourceNames.compact(listedBy("2026-08-21"), NAMES)).isEqualTo("imported 2026-08-21.json");
        assertThat(SourceNames.compact(listedBy("odd"), NAMES)).isEqualTo("imported a (imported b).xml");
        assertThat(SourceNames.withoutFile(NAMES.apply("2026-08-21"))).as("short of room: its format")
                .isEqualTo("Hugging Face JSON");
        assertThat(SourceNames.withoutFile(NAMES.apply("odd"))).isEqualTo("RSS");
    }

    @Test
    void aSourceWhoseOwnNameLooksImportedIsNotTakenForAFile() {
        Listing feed = listedBy("News (imported by hand)");

        assertThat(SourceNames.of(feed, NAMES)).isEqualTo("News (imported by hand)");
        assertThat(SourceNames.compact(feed, NAMES)).isEqualTo("News (imported by hand)");
    }

    @Test
    void theSampleSaysItIsOneAndTheDayItLists() {
        Listing sample = listedBy(RemoveSample.SOURCE);

        assertThat(SourceNames.of(sample, NAMES)).isEqualTo("Sample: Hugging Face Papers, Aug 21");
        assertThat(SourceNames.compact(sample, NAMES)).isEqualTo("sample Aug 21");
    }

    @Test
    void arxivCategorySourcesNameTheirCategory() {
        assertThat(SourceNames.arxivCategory("arXiv cs.LG new")).contains("cs.LG");
        assertThat(SourceNames.arxivCategory(" arxiv cs.CL ")).contains("cs.CL");
        assertThat(SourceNames.arxivCategory("Hugging Face daily")).isEmpty();
    }
}
