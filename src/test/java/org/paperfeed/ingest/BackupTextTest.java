package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.Paper;

/**
 * A backup edited by hand (or written by another tool) is read like every other digest: a title and an abstract are
 * one line of text, as the reading pane, the cards and the search snippets expect, whatever whitespace the file holds;
 * and every paper names a source the library can show and index, its own or else the imported file's.
 */
class BackupTextTest {

    @Test
    void anAbstractWithLeadingSpacesAndLineBreaksIsOneLineOfText() throws Exception {
        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"\\n  EXAdam\\tfor   all \","
                + " \"abstract\": \"  Short, further validation\\n   across\\u00a0tasks.\\n\"}");

        assertThat(paper.title()).isEqualTo("EXAdam for all");
        assertThat(paper.abstractText()).isEqualTo("Short, further validation across tasks.");
    }

    @Test
    void anAbstractAlreadyOneLineIsKeptAsWritten() throws Exception {
        String text = "Adam's step, $\\\\beta_1 < 1$, and \\\"quotes\\\" kept.";

        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"" + text + "\"}");

        assertThat(paper.abstractText()).isEqualTo("Adam's step, $\\beta_1 < 1$, and \"quotes\" kept.");
    }

    @Test
    void aSourceTooLongToBeANameIsTheImportedFilesName() throws Exception {
        // As the fuzz run found it: a paste went into "source" by mistake, so it is far too long to index as a name.
        String pasted = "hf-papers-p" + "sirable autoregressive processes, a closed-loop variation. ".repeat(20);

        Digest digest = read("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\","
                + " \"source\": \"" + pasted + "\"}");

        assertThat(digest.papers().get(0).source()).isEqualTo("backup");
        assertThat(digest.trimmed()).isEqualTo(1);
    }

    @Test
    void aSourceOfControlCharactersOnlyIsTheImportedFilesName() throws Exception {
        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\","
                + " \"source\": \"\\u0001\\u0007\"}");

        assertThat(paper.source()).isEqualTo("backup");
    }

    @Test
    void aSourceAsWrittenIsKept() throws Exception {
        Paper paper = readOne("{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A.\","
                + " \"source\": \"hf-papers-page\"}");

        assertThat(paper.source()).isEqualTo("hf-papers-page");
    }

    private static Paper readOne(String entry) throws DigestParseException {
        Digest digest = read(entry);
        assertThat(digest.papers()).hasSize(1);
        return digest.papers().get(0);
    }

    private static Digest read(String entry) throws DigestParseException {
        byte[] backup = ("[" + entry + "]").getBytes(StandardCharsets.UTF_8);
        Digest digest = DigestReader.standard().read(backup, (String) null,
                new ParseContext("backup.json", "backup", LocalDate.of(2026, 3, 1)));
        assertThat(digest.format()).isEqualTo(DigestFormat.PAPERFEED_JSON);
        return digest;
    }
}
