package org.paperfeed.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.PrintableText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer fuzz test of the three exporters with whatever a feed could put in a title, an abstract, an author or a tag
 * (the input split at {@code |}): JSON reads back the exact title; BibTeX parses as exactly two entries, one per paper,
 * whatever braces, {@code @} or backslashes the text holds; Markdown has exactly one heading per paper; and no export
 * holds a character a terminal would obey.
 *
 * <p>{@code ./mvnw verify} replays {@code src/test/resources/org/paperfeed/app/export/ExportFuzzTestInputs/export/} in
 * its unit tests, then fuzzes for real for its {@code maxDuration} (the {@code fuzz} execution in {@code pom.xml}).
 */
class ExportFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "10s")
    void export(String input) throws Exception {
        if (input == null) {
            return;
        }
        String[] parts = input.split("\\|", 4);
        String title = parts[0];
        if (title.isBlank()) {
            return; // no paper has a blank title (Paper refuses one)
        }
        String summary = parts.length > 1 ? parts[1] : "";
        String author = parts.length > 2 ? parts[2] : "Ada Lovelace";
        String tag = parts.length > 3 && !parts[3].isBlank() ? parts[3] : "t";
        List<LibraryPaper> papers = List.of(paper(1, title, summary, author, tag), paper(2, title, summary, author, tag));

        String json = write(ExportFormat.JSON, papers);
        List<Map<String, Object>> read = JSON.readValue(json,
                JSON.getTypeFactory().constructCollectionType(List.class, Map.class));
        assertThat(read).hasSize(2).allSatisfy(paper -> assertThat(paper.get("title")).isEqualTo(title));

        String bibtex = write(ExportFormat.BIBTEX, papers);
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(bibtex));
        } catch (ParseException | TokenMgrException e) {
            throw new AssertionError("the BibTeX export does not parse: " + e.getMessage() + "\n" + bibtex, e);
        }
        assertThat(database.getEntries()).as(bibtex).hasSize(2);

        String markdown = write(ExportFormat.MARKDOWN, papers);
        assertThat(markdown.lines().filter(line -> line.startsWith("## "))).as(markdown).hasSize(2);

        for (String out : List.of(json, bibtex, markdown)) {
            assertThat(PrintableText.isClean(out.replace("\n", ""))).as(out).isTrue();
        }
    }

    private static String write(ExportFormat format, List<LibraryPaper> papers) throws Exception {
        StringWriter out = new StringWriter();
        format.newWriter().writeAll(papers, out);
        return out.toString();
    }

    private static LibraryPaper paper(int n, String title, String summary, String author, String tag) {
        Paper paper = new Paper(PaperId.arxiv(String.format("2403.%05d", n)), title, summary, List.of(author),
                LocalDate.of(2024, 3, 1), "fuzz", List.of(new PaperLink(LinkType.ABSTRACT,
                "https://arxiv.org/abs/2403.0000" + n)), null, List.of("cs.LG"));
        return new LibraryPaper(paper, new PaperState(true, false, Set.of(tag)), Instant.EPOCH);
    }
}
