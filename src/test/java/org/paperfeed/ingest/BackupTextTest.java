package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.Paper;

/**
 * A backup edited by hand (or written by another tool) is read like every other digest: a title and an abstract are
 * one line of text, as the reading pane, the cards and the search snippets expect, whatever whitespace the file holds.
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

    private static Paper readOne(String entry) throws DigestParseException {
        byte[] backup = ("[" + entry + "]").getBytes(StandardCharsets.UTF_8);
        Digest digest = DigestReader.standard().read(backup, (String) null,
                new ParseContext("backup.json", "backup", LocalDate.of(2026, 3, 1)));
        assertThat(digest.format()).isEqualTo(DigestFormat.PAPERFEED_JSON);
        assertThat(digest.papers()).hasSize(1);
        return digest.papers().get(0);
    }
}
