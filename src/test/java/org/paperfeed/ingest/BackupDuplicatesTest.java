package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * A paper in a backup more than once (two backups merged by hand): the notes of its entries, which the library keeps
 * as one note a paper, are joined as far as that note's limit allows, and what does not fit is counted, not lost
 * silently. {@code cli.BackupRestoreTest} restores such a backup end to end.
 */
class BackupDuplicatesTest {

    private static final PaperId ID = PaperId.parseArxiv("2403.00001").orElseThrow();

    @Test
    void aNoteAlreadyJoinedIsNotJoinedAgain() throws Exception {
        Digest digest = read(entry("first\n\nwith a blank line"), entry("second"), entry("first\n\nwith a blank line"),
                entry("second"), entry(""));

        assertThat(digest.papers()).hasSize(1);
        assertThat(digest.marks().duplicates()).isEqualTo(4);
        assertThat(digest.marks().states().get(ID).note()).isEqualTo("first\n\nwith a blank line\n\nsecond");
        assertThat(digest.marks().refused()).isEmpty();
    }

    @Test
    void notesTooLongTogetherKeepTheFirstAndCountTheSecond() throws Exception {
        String first = "a".repeat(PaperState.MAX_NOTE_LENGTH - 10);

        Digest digest = read(entry(first), entry("a second note, too long with the first"));

        assertThat(digest.marks().states().get(ID).note()).isEqualTo(first);
        assertThat(digest.marks().refused()).containsExactly("notes too long together");
        assertThat(digest.marks().duplicates()).isEqualTo(1);
    }

    private static String entry(String note) {
        return "{\"id\": \"2403.00001\", \"title\": \"T\", \"abstract\": \"A\", \"starred\": true, \"note\": \""
                + note.replace("\n", "\\n") + "\"}";
    }

    private static Digest read(String... entries) throws DigestParseException {
        byte[] backup = ("[" + String.join(",", entries) + "]").getBytes(StandardCharsets.UTF_8);
        return DigestReader.standard().read(backup, (String) null,
                new ParseContext("backup.json", "backup", LocalDate.of(2026, 3, 1)));
    }
}
