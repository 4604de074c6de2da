package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden transcript: every command, run on the bundled sample at a fixed time, prints exactly what
 * {@code transcript.txt} recorded (stdout, stderr and exit status). It guards refactoring: a change that alters any
 * command's output shows up here as a diff. When a change of output is intended, rerun with
 * {@code -Dpaperfeed.golden.update=true} and review the diff of {@code transcript.txt} before committing it.
 */
class CliTranscriptTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/paperfeed/cli/transcript.txt");
    private static final Clock MORNING = Clock.fixed(Instant.parse("2024-03-12T07:30:00Z"), ZoneOffset.UTC);
    private static final String SINKHORN = "t-942dcb9aa1c2";

    /** Each line is one command; {files} is the folder the sample page is in, {id} the Sinkhorn paper. */
    private static final List<String> SCRIPT = List.of(
            "--help",
            "import {files}/hf-papers-page.txt",
            "import {files}/missing.txt",
            "list --limit 3",
            "list --limit 2 --json",
            "list --unread --limit 2",
            "search sinkhorn",
            "search sinkhorn --json",
            "search sinkhron",
            "search title:diffusion -video --sort date --limit 3",
            "show {id}",
            "show {id} --json",
            "star {id}",
            "tag {id} ot to-read",
            "read {id}",
            "tags",
            "tags --json",
            "list --starred",
            "untag {id} TO-READ",
            "unread {id}",
            "unstar {id}",
            "export --format bibtex --tag ot",
            "export --format markdown --tag ot",
            "export --tag ot",
            "export --tag ot --output {files}/ot.json",
            "sources",
            "sources --json",
            "sources add https://example.org/feed.xml --name Example",
            "sources disable example",
            "sources enable example",
            "sources remove example",
            "days",
            "days --json",
            "list --day latest --limit 3",
            "list --day 2024-03-13 --week --sort date --limit 2",
            "list --day yesterday",
            "search model --sort trending --limit 2",
            "not-interested {id}",
            "list --day latest --limit 1 --json",
            "search sinkhorn",
            "interested {id}",
            "mute add title:diffusion --dry-run",
            "mute add -tag:keep title:diffusion",
            "search title:diffusion --limit 2",
            "mute",
            "mute --json",
            "days --limit 1",
            "mute remove m1",
            "mute remove m1",
            "show 2401.99999",
            "star t-nothing",
            "search title:",
            "list --limit 0",
            "frobnicate",
            "list --sideways",
            "list --week",
            "list --day 2025-02-30",
            "not-interested {id} t-nothing",
            "mute --help",
            "note {id} compare with the sinkhorn baseline",
            "note {id}",
            "search note:baselines",
            "note {id} --clear",
            "note {id}",
            "recommend",
            "star t-7fa208655fb1 t-ac911b47d0b1 t-9c338d2c3fec",
            "recommend --limit 3",
            "recommend --day latest --limit 2 --json",
            "recommend --tag ot",
            "recommend --interest nope",
            "recommend --help");

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void everyCommandPrintsWhatTheTranscriptRecorded() throws Exception {
        Path page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2024-03-11T18:00:00Z")));

        StringBuilder transcript = new StringBuilder();
        for (String line : SCRIPT) {
            String command = line.replace("{id}", SINKHORN);
            String[] args = command.replace("{files}", files.toString()).split(" ");
            CliRun run = CliRun.at(MORNING, data, args);
            transcript.append("$ paperfeed ").append(command).append('\n')
                    .append(normalised(run.out()))
                    .append(run.err().isEmpty() ? "" : "stderr: " + normalised(run.err()))
                    .append("exit ").append(run.status()).append("\n\n");
        }
        String actual = transcript.toString();

        if (Boolean.getBoolean("paperfeed.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("rerun with -Dpaperfeed.golden.update=true to record it").exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** The same text on every machine: temporary folders and timings vary, what a command prints does not. */
    private String normalised(String text) {
        return text.replace("\r\n", "\n")
                .replace(files.toString(), "{files}")
                .replace(data.toString(), "{data}")
                .replaceAll("\\(\\d+ ms\\)", "(… ms)");
    }
}
