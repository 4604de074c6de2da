package org.paperfeed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one spelling of a DOI, and where a DOI id ranks among a paper's ids. */
class DoiTest {

    @Test
    void everySpellingSourcesUseBecomesTheBareDoiInLowerCase() {
        for (String spelling : List.of("10.1038/S41586-024-07123-4", " doi:10.1038/s41586-024-07123-4 ",
                "DOI: 10.1038/s41586-024-07123-4", "info:doi/10.1038/s41586-024-07123-4",
                "https://doi.org/10.1038/s41586-024-07123-4", "http://dx.doi.org/10.1038/S41586-024-07123-4",
                "https://doi.org/10.1038%2Fs41586-024-07123-4")) {
            assertThat(Doi.parse(spelling)).as(spelling).contains("10.1038/s41586-024-07123-4");
        }
        assertThat(PaperId.parseDoi("DOI:10.1016/J.JCP.2024.112345"))
                .contains(new PaperId("doi:10.1016/j.jcp.2024.112345"));
    }

    @Test
    void junkIsNoDoiAndNoCrash() {
        for (String junk : new String[] {null, "", "doi:", "10.12/ab", "11.1234/x", "10.1234/", "10.1234/a b",
                "10.1234/a\u0007b", "https://example.org/10.1234/x", "ISSN 0021-9991", "10.1234/" + "x".repeat(400), "10.1234/a\u202eb"}) {
            assertThat(Doi.parse(junk)).as(String.valueOf(junk)).isEmpty();
        }
        assertThat(Doi.inLink("https://example.org/10.1234/x")).isEmpty();
        assertThatThrownBy(() -> PaperId.fromDoi("not a doi")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arxivsOwnDoiNamesTheArxivPaper() {
        assertThat(PaperId.fromDoi("10.48550/arXiv.2403.01234")).isEqualTo(PaperId.arxiv("2403.01234"));
    }

    @Test
    void anArxivIdOutranksADoiWhichOutranksATitle() {
        PaperId arxiv = PaperId.arxiv("2403.01234");
        PaperId doi = PaperId.fromDoi("10.1000/x");
        PaperId title = PaperId.fromTitle("X");
        assertThat(arxiv.outranks(doi)).isTrue();
        assertThat(doi.outranks(title)).isTrue();
        assertThat(title.outranks(doi)).isFalse();
        assertThat(doi.isArxiv()).isFalse();
        assertThat(doi.isDoi()).isTrue();
    }

    @Test
    void mergingKeepsTheBetterIdAndTheDoi() {
        Paper byTitle = new Paper(PaperId.fromTitle("X"), "X", "", List.of(), null, "page", List.of(), null,
                List.of());
        Paper byDoi = new Paper(PaperId.fromDoi("10.1000/X"), "X", "Longer.", List.of(), null, "journal", List.of(),
                null, List.of());
        Paper byArxiv = new Paper(PaperId.arxiv("2403.01234"), "X", "", List.of(), null, "arxiv", List.of(), null,
                List.of());

        Paper once = byTitle.mergedWith(byDoi);
        assertThat(once.id()).isEqualTo(byDoi.id());
        assertThat(once.doi()).isEqualTo("10.1000/x");
        Paper twice = once.mergedWith(byArxiv);
        assertThat(twice.id()).isEqualTo(byArxiv.id());
        assertThat(twice.doi()).as("the arXiv paper keeps the DOI").isEqualTo("10.1000/x");
        assertThat(byArxiv.mergedWith(byDoi).id()).isEqualTo(byArxiv.id());
    }
}
