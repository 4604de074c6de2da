package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every usage error says "see 'paperfeed COMMAND --help'": so every command, however deep, must answer it. */
class CliHelpTest {

    @TempDir
    Path data;

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = commandPaths(new CommandLine(new PaperFeedCli()), new ArrayList<>());
        assertThat(paths).extracting(p -> String.join(" ", p))
                .contains("import", "list", "show", "star", "sources add", "refresh", "days", "mute", "mute add",
                        "mute remove", "not-interested", "interested");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.of(data, args.toArray(String[]::new));
            String name = String.join(" ", args);
            assertThat(run.status()).as(name).isZero();
            assertThat(run.out()).as(name).startsWith("Usage: paperfeed " + String.join(" ", path) + " ")
                    .contains("--help");
            assertThat(run.err()).as(name).isEmpty();
        }
    }

    @Test
    void aUsageErrorPointsToAHelpThatWorks() {
        CliRun wrong = CliRun.of(data, "sources", "add");
        assertThat(wrong.status()).isEqualTo(PaperFeedCli.USAGE);
        assertThat(wrong.err()).contains("(see 'paperfeed sources add --help')");
        assertThat(CliRun.of(data, "sources", "add", "--help").status()).isZero();
    }

    @Test
    void anExcludedWordStartingWithHIsPartOfTheQueryNotAHelpRequest() {
        CliRun search = CliRun.of(data, "search", "model", "-hallucination", "--json");
        assertThat(search.status()).isZero();
        assertThat(search.out()).startsWith("[");
        CliRun mute = CliRun.of(data, "mute", "add", "-hype", "--dry-run");
        assertThat(mute.status()).isZero();
        assertThat(mute.out()).startsWith("would newly hide 0 papers");
    }

    @Test
    void helpNeedsNoLibrary() {
        Path nowhere = data.resolve("not-yet");
        assertThat(CliRun.of(nowhere, "list", "--help").status()).isZero();
        assertThat(nowhere).doesNotExist();
    }

    private static List<List<String>> commandPaths(CommandLine command, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        command.getSubcommands().forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            paths.add(path);
            paths.addAll(commandPaths(sub, path));
        });
        return paths;
    }
}
