package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;

/**
 * A backup edited by hand (or written by another tool) brings back only links to web pages, as every feed does: a
 * {@code javascript:} or {@code file:} link in it is not a paper's page, whatever the file claims.
 */
class BackupLinksTest {

    @Test
    void aJavascriptOrFileLinkIsNotImported() throws Exception {
        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\", \"links\": ["
                + "{\"type\": \"abstract\", \"url\": \"javascript:alert(document.cookie)\"},"
                + " {\"type\": \"pdf\", \"url\": \"file:///etc/passwd\"},"
                + " {\"type\": \"code\", \"url\": \"https://github.com/example/repo\"}]}");

        assertThat(paper.links()).containsExactly(new PaperLink(LinkType.CODE, "https://github.com/example/repo"));
    }

    @Test
    void aWebLinkIsKeptWithItsSchemeInLowerCase() throws Exception {
        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\", \"links\": ["
                + "{\"type\": \"abstract\", \"url\": \"HTTPS://arxiv.org/abs/2403.00001\"},"
                + " {\"type\": \"other\", \"url\": \"http://example.org/paper\"}]}");

        assertThat(paper.links()).containsExactly(
                new PaperLink(LinkType.ABSTRACT, "https://arxiv.org/abs/2403.00001"),
                new PaperLink(LinkType.OTHER, "http://example.org/paper"));
    }

    /** The code and project links the reading pane shows beside the paper's own: web pages only, likewise. */
    @Test
    void aCodeOrProjectLinkThatIsNotAWebPageIsNotImported() throws Exception {
        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\","
                + " \"github\": {\"url\": \"javascript:alert(1)\", \"stars\": 5},"
                + " \"projectPage\": \"file:///home/me/.ssh/id_rsa\"}");
        Paper web = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\","
                + " \"github\": {\"url\": \"HTTPS://github.com/example/repo\", \"stars\": 5},"
                + " \"projectPage\": \"https://example.org/project\"}");

        assertThat(paper.extras().github()).isNull();
        assertThat(paper.extras().projectPage()).isNull();
        assertThat(web.extras().github()).isEqualTo(new org.paperfeed.model.GithubRepo(
                "https://github.com/example/repo", 5));
        assertThat(web.extras().projectPage()).isEqualTo("https://example.org/project");
    }

    private static Paper readOne(String entry) throws DigestParseException {
        byte[] backup = ("[" + entry + "]").getBytes(StandardCharsets.UTF_8);
        Digest digest = DigestReader.standard().read(backup, (String) null,
                new ParseContext("backup.json", "backup", LocalDate.of(2026, 3, 1)));
        assertThat(digest.format()).isEqualTo(DigestFormat.PAPERFEED_JSON);
        assertThat(digest.papers()).hasSize(1);
        return digest.papers().get(0);
    }
}
