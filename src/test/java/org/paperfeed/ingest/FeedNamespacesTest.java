package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;

/**
 * Journal feeds as they come: core fields taken from the feed's own namespace, extension modules read on purpose, and
 * titles with markup shown as the words a reader sees.
 */
class FeedNamespacesTest {

    private static final ParseContext CONTEXT = new ParseContext("journal.xml", "journal", LocalDate.of(2024, 3, 15));

    @Test
    void journalRssReadsItsModulesOnPurposeAndKeepsEveryWordOfMarkedUpTitles() throws Exception {
        List<Paper> papers = read("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:media="http://search.yahoo.com/mrss/"
                     xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
                <channel><title>Journal of Examples</title>
                <item>
                  <media:title>Cover image</media:title>
                  <title>Band gaps of MoS&lt;sub&gt;2&lt;/sub&gt; in &lt;i&gt;ab initio&lt;/i&gt; 10&lt;sup&gt;3&lt;/sup&gt; runs</title>
                  <media:description>A picture of the cover</media:description>
                  <content:encoded><![CDATA[<p>The <b>full</b> abstract.</p>]]></content:encoded>
                  <dc:creator>Ada Lovelace</dc:creator>
                  <dc:date>2024-03-08T00:00:00Z</dc:date>
                  <prism:doi>10.1016/j.jcp.2024.112345</prism:doi>
                  <link>https://journal.example.org/article/1</link>
                </item></channel></rss>""");

        assertThat(papers).singleElement().satisfies(paper -> {
            assertThat(paper.title()).isEqualTo("Band gaps of MoS2 in ab initio 103 runs");
            assertThat(paper.abstractText()).isEqualTo("The full abstract.");
            assertThat(paper.authors()).containsExactly("Ada Lovelace");
            assertThat(paper.published()).isEqualTo(LocalDate.of(2024, 3, 8));
            assertThat(paper.links()).contains(new PaperLink(LinkType.OTHER, "https://doi.org/10.1016/j.jcp.2024.112345"));
        });
    }

    @Test
    void atomTextStaysLiteralWhileHtmlAndInlineMarkupBecomeTheWordsShown() throws Exception {
        List<Paper> papers = read("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
                <title>Preprints</title>
                <entry><media:title>not this</media:title><title type="text">Example &lt;b&gt;Atom&lt;/b&gt;</title>
                  <summary type="html">safe&lt;script&gt;alert(1)&lt;/script&gt; &lt;i&gt;words&lt;/i&gt; &amp;amp; more</summary></entry>
                <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">H<sub>2</sub>O <i>in vitro</i></div></title></entry>
                </feed>""");

        assertThat(papers).extracting(Paper::title).containsExactly("Example <b>Atom</b>", "H2O in vitro");
        assertThat(papers.get(0).abstractText()).isEqualTo("safe words & more");
    }

    private static List<Paper> read(String xml) throws DigestParseException {
        return DigestReader.standard().read(xml.getBytes(StandardCharsets.UTF_8), "application/xml", CONTEXT).papers();
    }
}
