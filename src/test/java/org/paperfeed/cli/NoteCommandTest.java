package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code note ID TEXT…}, {@code note ID}, {@code note ID -}, {@code note ID --clear}: a note is set, printed, shown,
 * searched, exported and cleared; one too long is refused in one line and the library stays usable.
 */
class NoteCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private String id;
    private String other;

    @BeforeEach
    void sampleLibrary() throws Exception {
        Path page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        CliRun.of(data, "import", page.toString());
        List<String> ids = CliRun.of(data, "list", "--json", "--limit", "2").json().stream()
                .map(p -> (String) p.get("id")).toList();
        id = ids.get(0);
        other = ids.get(1);
    }

    @Test
    void wordsAreJoinedIntoTheNoteWhichIsPrintedShownSearchedAndCleared() {
        CliRun set = CliRun.of(data, "note", id, "compare", "with", "the", "sinkhorn", "baseline");
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.out()).contains(id);

        assertThat(CliRun.of(data, "note", id).out()).isEqualTo("compare with the sinkhorn baseline"
                + System.lineSeparator());
        assertThat(CliRun.of(data, "show", id).out()).contains("Note:" + System.lineSeparator()
                + "compare with the sinkhorn baseline");
        assertThat(CliRun.of(data, "show", id, "--json").json().get(0))
                .containsEntry("note", "compare with the sinkhorn baseline");
        assertThat(CliRun.of(data, "show", other, "--json").json().get(0)).doesNotContainKey("note");
        assertThat(ids(CliRun.of(data, "search", "note:baselines", "--json"))).containsExactly(id);
        assertThat(ids(CliRun.of(data, "search", "is:noted", "--json"))).containsExactly(id);

        CliRun cleared = CliRun.of(data, "note", id, "--clear");
        assertThat(cleared.status()).isZero();
        assertThat(CliRun.of(data, "note", id).out()).isEmpty();
        assertThat(CliRun.of(data, "search", "is:noted", "--json").json()).isEmpty();
    }

    @Test
    void aDashReadsTheNoteFromStandardInputKeepingItsLines() {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("first line\r\nsecond — ümlaut 注意\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(CliRun.of(data, "note", id, "-").status()).isZero();
        } finally {
            System.setIn(before);
        }
        assertThat(CliRun.of(data, "note", id).lines()).containsExactly("first line", "second — ümlaut 注意");
    }

    /** An empty clipboard piped in, or an unset variable, had removed the note with exit 0: only --clear does. */
    @Test
    void anEmptyNoteIsRefusedAndTheNoteKept() {
        CliRun.of(data, "note", id, "kept");
        CliRun empty = CliRun.of(data, "note", id, " ");
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8)));
        CliRun emptyInput;
        try {
            emptyInput = CliRun.of(data, "note", id, "-");
        } finally {
            System.setIn(before);
        }
        for (CliRun run : List.of(empty, emptyInput)) {
            assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines().toList()).containsExactly(
                    "paperfeed: the note text is empty; nothing changed (to remove the note, use --clear)");
        }
        assertThat(CliRun.of(data, "note", id).out().strip()).isEqualTo("kept");
    }

    @Test
    void aNoteTooLongIsRefusedInOneLineAndNothingChanges() {
        CliRun.of(data, "note", id, "kept");
        CliRun refused = CliRun.of(data, "note", id, "x".repeat(10_001));

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).singleElement().asString()
                .isEqualTo("paperfeed: a note can be at most 10000 characters; this one has 10001");
        assertThat(CliRun.of(data, "note", id).out().strip()).isEqualTo("kept");
        assertThat(CliRun.of(data, "list", "--limit", "1").status()).as("the library still works").isZero();
        assertThat(CliRun.of(data, "note", id, "x".repeat(10_000)).status()).as("the limit itself is fine").isZero();
    }

    @Test
    void aControlCharacterOrAnUnknownIdOrClearWithTextIsRefused() {
        CliRun control = CliRun.of(data, "note", id, "bell\u0007");
        assertThat(control.status()).isEqualTo(1);
        assertThat(control.err()).contains("a note cannot contain control characters (U+0007)");
        assertThat(CliRun.of(data, "note", "2499.00001", "text").status()).isEqualTo(1);
        assertThat(CliRun.of(data, "note", id, "text", "--clear").status()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void exportsCarryTheNote() {
        CliRun.of(data, "note", id, "read", "for", "the", "reading", "group");
        CliRun.of(data, "tag", id, "ot");

        assertThat(CliRun.of(data, "export", "--format", "bibtex", "--tag", "ot").out())
                .contains("  annote = {read for the reading group},");
        assertThat(CliRun.of(data, "export", "--format", "markdown", "--tag", "ot").out())
                .contains("**Note:** read for the reading group");
        assertThat(CliRun.of(data, "export", "--tag", "ot").json().get(0))
                .containsEntry("note", "read for the reading group");
    }

    private static List<Object> ids(CliRun run) {
        return run.json().stream().map(p -> p.get("id")).toList();
    }
}
