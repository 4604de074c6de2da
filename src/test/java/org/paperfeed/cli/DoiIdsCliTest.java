package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal paper as a user meets it: first from a feed that gives no DOI (a {@code t-…} id), then from one that does
 * (its id becomes {@code doi:…}), then from arXiv (its id becomes the arXiv id). The star, tag and note stay, and
 * every id the user ever copied still shows the paper.
 */
class DoiIdsCliTest {

    private static final String ITEM = """
            <rss version="2.0" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"><channel><title>JCP</title>
            <item><title>Neural operators for stiff chemistry</title><description>Abstract.</description>%s</item>
            </channel></rss>""";

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void aPaperReKeyedToItsDoiAndThenItsArxivIdKeepsItsMarksAndAnswersToEveryOldId() throws Exception {
        assertThat(CliRun.of(data, "import", write("plain.rss", ITEM.formatted(""))).status()).isZero();
        String titleId = (String) CliRun.of(data, "list", "--json").json().get(0).get("id");
        assertThat(titleId).startsWith("t-");
        CliRun.of(data, "star", titleId);
        CliRun.of(data, "tag", titleId, "chemistry");
        CliRun.of(data, "note", titleId, "read the appendix");

        CliRun.of(data, "import", write("doi.rss",
                ITEM.formatted("<prism:doi>10.1016/J.JCP.2024.112345</prism:doi>")));

        Map<String, Object> shown = CliRun.of(data, "show", titleId, "--json").json().get(0);
        assertThat(shown).containsEntry("id", "doi:10.1016/j.jcp.2024.112345")
                .containsEntry("doi", "10.1016/j.jcp.2024.112345")
                .containsEntry("starred", true)
                .containsEntry("tags", List.of("chemistry"))
                .containsEntry("note", "read the appendix");
        assertThat(CliRun.of(data, "show", "doi:10.1016/J.JCP.2024.112345").out())
                .contains("doi:         10.1016/j.jcp.2024.112345");
        assertThat(CliRun.of(data, "export", "--format", "bibtex").out())
                .contains("doi = {10.1016/j.jcp.2024.112345}");
        assertThat(CliRun.of(data, "list", "--json").json()).hasSize(1);

        CliRun.of(data, "import", write("arxiv.xml", """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
                <title>ArXiv Query: search_query=all:stiff</title>
                <entry><id>http://arxiv.org/abs/2403.01234v2</id><title>Neural Operators for Stiff Chemistry</title>
                  <summary>The preprint's abstract.</summary><arxiv:doi>10.1016/j.jcp.2024.112345</arxiv:doi></entry>
                </feed>"""));

        for (String id : List.of(titleId, "doi:10.1016/j.jcp.2024.112345", "2403.01234")) {
            Map<String, Object> paper = CliRun.of(data, "show", id, "--json").json().get(0);
            assertThat(paper).as(id).containsEntry("id", "2403.01234").containsEntry("starred", true)
                    .containsEntry("doi", "10.1016/j.jcp.2024.112345").containsEntry("note", "read the appendix");
        }
        assertThat(CliRun.of(data, "search", "doi:10.1016/j.jcp.2024.112345", "--json").json()).hasSize(1);
    }

    @Test
    void aBackupOfADoiPaperRestoresItsIdDoiAndMarks(@TempDir Path restored) throws Exception {
        CliRun.of(data, "import", write("doi.rss", ITEM.formatted("<prism:doi>10.1016/j.jcp.2024.112345</prism:doi>")));
        CliRun.of(data, "star", "doi:10.1016/j.jcp.2024.112345");
        String backup = files.resolve("backup.json").toString();
        assertThat(CliRun.of(data, "export", "--output", backup).status()).isZero();

        assertThat(CliRun.of(restored, "import", backup).out()).contains("1 new", "marks restored on 1 paper");
        assertThat(CliRun.of(restored, "show", "doi:10.1016/j.jcp.2024.112345", "--json").json().get(0))
                .containsEntry("doi", "10.1016/j.jcp.2024.112345").containsEntry("starred", true);
    }

    private String write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content).toString();
    }
}
