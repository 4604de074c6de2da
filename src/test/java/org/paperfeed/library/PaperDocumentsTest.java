package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;

/** A paper stored in a document reads back as it was, links and authors' feature terms included. */
class PaperDocumentsTest {

    @Test
    void aStoredPaperReadsBackWithItsLinksAndNothingDerivedIsStored() {
        Paper paper = Papers.arxiv("2401.00001", "A title", "An abstract.", LocalDate.of(2024, 1, 1), "Jane Doe")
                .withListings(List.of());
        Paper withUnsafeLink = new Paper(paper.id(), paper.title(), paper.abstractText(), paper.authors(),
                paper.published(), paper.source(), List.of(paper.links().get(0),
                new PaperLink(LinkType.PDF, "javascript:alert(1)")), paper.upvotes(), paper.categories());
        Instant added = Instant.parse("2024-01-02T03:04:05Z");

        Document doc = PaperDocuments.toDocument(withUnsafeLink, PaperState.UNTOUCHED, added);
        PaperDocuments.StoredPaper stored = PaperDocuments.fromDocument(doc);

        assertThat(stored.paper().links()).isEqualTo(withUnsafeLink.links());
        assertThat(stored.paper().links()).extracting(PaperLink::isSafeToOpen).containsExactly(true, false);
        assertThat(stored.added()).isEqualTo(added);
        assertThat(doc.get(PaperFields.META)).doesNotContain("safeToOpen");
    }

    @Test
    void anAuthorsFeatureTermIsFoldedWhetherTheNameIsPlainOrAccented() {
        assertThat(PaperDocuments.authorFeature("  Jane   Doe ")).isEqualTo("@jane doe");
        assertThat(PaperDocuments.authorFeature("Zoë Ångström")).isEqualTo("@zoe angstrom");
        assertThat(PaperDocuments.authorFeature("   ")).isNull();
    }
}
