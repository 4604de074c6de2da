package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;

/**
 * Journal feeds name their papers' DOIs in several places; each becomes the paper's DOI and, when no arXiv id is
 * known, its id ({@code doi:…}, lower case). Anything else in those places is ignored, never an error.
 */
class FeedDoisTest {

    private static final ParseContext CONTEXT = new ParseContext("journal.xml", "journal", LocalDate.of(2024, 3, 15));
    private static final String RSS = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
            <channel><title>Journal of Examples</title>
            %s
            </channel></rss>""";

    @Test
    void rssItemsAreKnownByTheirDoiInLowerCaseWhereverTheFeedPutsIt() throws Exception {
        List<Paper> papers = read(RSS.formatted("""
                <item><title>From PRISM</title><prism:doi>10.1016/J.JCP.2024.112345</prism:doi>
                  <link>https://journal.example.org/article/1</link></item>
                <item><title>From Dublin Core</title><dc:identifier>doi:10.1038/S41586-024-07123-4</dc:identifier></item>
                <item><title>From the link</title><link>https://doi.org/10.1103/PhysRevD.76.013009</link></item>
                <item><title>An ISSN is not a DOI</title><dc:identifier>ISSN 0021-9991</dc:identifier>
                  <prism:doi>10.12/too-short-a-prefix</prism:doi></item>
                <item><title>On arXiv too</title><prism:doi>10.1016/j.x.2024.1</prism:doi>
                  <link>https://arxiv.org/abs/2403.01234v2</link></item>
                """));

        assertThat(papers).extracting(p -> p.id().value()).containsExactly(
                "doi:10.1016/j.jcp.2024.112345",
                "doi:10.1038/s41586-024-07123-4",
                "doi:10.1103/physrevd.76.013009",
                PaperId.fromTitle("An ISSN is not a DOI").value(),
                "2403.01234");
        assertThat(papers).extracting(Paper::doi).containsExactly("10.1016/j.jcp.2024.112345",
                "10.1038/s41586-024-07123-4", "10.1103/physrevd.76.013009", null, "10.1016/j.x.2024.1");
        // The link keeps the DOI as the feed wrote it (resolvers ignore case); nothing else is lost.
        assertThat(papers.get(0).links()).containsExactly(
                new PaperLink(LinkType.ABSTRACT, "https://journal.example.org/article/1"),
                new PaperLink(LinkType.OTHER, "https://doi.org/10.1016/J.JCP.2024.112345"));
        assertThat(papers.get(2).links()).as("a link that is the DOI's address is not doubled").containsExactly(
                new PaperLink(LinkType.ABSTRACT, "https://doi.org/10.1103/PhysRevD.76.013009"));
    }

    @Test
    void atomEntriesTakeTheirDoiFromMetadataTheirIdOrTheirOwnLinkButNotARelatedOne() throws Exception {
        List<Paper> papers = read("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
                <title>Journal</title>
                <entry><title>By PRISM</title><id>urn:x:1</id><prism:doi>10.1000/ABC</prism:doi></entry>
                <entry><title>By id</title><id>info:doi/10.1000/def</id></entry>
                <entry><title>By link</title><id>urn:x:3</id><link href="https://dx.doi.org/10.1000%2Fghi"/></entry>
                <entry><title>Cites another</title><id>urn:x:4</id>
                  <link rel="related" href="https://doi.org/10.1000/cited"/></entry>
                </feed>""");

        assertThat(papers).extracting(p -> p.id().value()).containsExactly("doi:10.1000/abc", "doi:10.1000/def",
                "doi:10.1000/ghi", PaperId.fromTitle("Cites another").value());
        assertThat(papers.get(0).links()).as("a DOI a reader can open")
                .containsExactly(new PaperLink(LinkType.OTHER, "https://doi.org/10.1000/ABC"));
        assertThat(papers.get(2).links()).as("not doubled")
                .containsExactly(new PaperLink(LinkType.ABSTRACT, "https://dx.doi.org/10.1000%2Fghi"));
    }

    @Test
    void theArxivApiKeepsTheJournalDoiWhileThePaperStaysKnownByItsArxivId() throws Exception {
        List<Paper> papers = read("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
                <title>ArXiv Query: search_query=all:x</title>
                <entry><id>http://arxiv.org/abs/2403.05555v2</id><title>Published later</title>
                  <summary>Abstract.</summary><arxiv:doi>10.1103/PhysRevLett.132.101</arxiv:doi>
                  <link title="doi" href="http://dx.doi.org/10.1103/PhysRevLett.132.101" rel="related"/>
                  <arxiv:primary_category term="hep-th"/></entry>
                </feed>""");

        assertThat(papers).singleElement().satisfies(paper -> {
            assertThat(paper.id()).isEqualTo(PaperId.arxiv("2403.05555"));
            assertThat(paper.doi()).isEqualTo("10.1103/physrevlett.132.101");
        });
    }

    @Test
    void theArxivSnapshotKeepsItsDoiFieldAndIgnoresJunkInIt() throws Exception {
        String lines = """
                {"id":"0704.0001","title":"With a DOI","abstract":"A.","doi":"10.1103/PhysRevD.76.013009","versions":[]}
                {"id":"0704.0002","title":"With junk","abstract":"B.","doi":"see journal","versions":[]}
                {"id":"0704.0003","title":"With none","abstract":"C.","doi":null,"versions":[]}
                """;
        List<Paper> papers = DigestReader.standard().read(lines.getBytes(StandardCharsets.UTF_8),
                DigestFormat.ARXIV_SNAPSHOT, CONTEXT).papers();

        assertThat(papers).extracting(p -> p.id().value()).containsExactly("0704.0001", "0704.0002", "0704.0003");
        assertThat(papers).extracting(Paper::doi).containsExactly("10.1103/physrevd.76.013009", null, null);
    }

    private static List<Paper> read(String xml) throws DigestParseException {
        return DigestReader.standard().read(xml.getBytes(StandardCharsets.UTF_8), "application/xml", CONTEXT).papers();
    }
}
