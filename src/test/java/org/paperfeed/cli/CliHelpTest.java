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
        List<List<String>> paths = commandPaths(PaperFeedCli.commandLine(), new ArrayList<>());
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

    /**
     * An option's value is named the same way in every command's help, in capitals: {@code list --help} said
     * {@code --limit=<limit>} where {@code days} and {@code recommend} said {@code --limit=N}, and {@code search}'s
     * {@code --sort=<sort>} was {@code list}'s {@code --sort=ORDER}.
     */
    @Test
    void everyOptionValueIsLabelledAlikeInEveryCommand() {
        java.util.Map<String, java.util.Set<String>> labels = new java.util.TreeMap<>();
        for (CommandLine command : commands(PaperFeedCli.commandLine())) {
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (option.arity().max() > 0) {
                    labels.computeIfAbsent(option.longestName(), n -> new java.util.TreeSet<>())
                            .add(option.paramLabel());
                }
            }
        }
        assertThat(labels).isNotEmpty().allSatisfy((name, used) -> assertThat(used).as(name).singleElement()
                .asString().matches("[A-Z][A-Z0-9-]*"));
    }

    /**
     * The README's command table names an option's value as the help does: it wrote {@code --tag T} where every
     * command's help says {@code --tag=TAG} (and {@code --name N}, {@code --format F}, {@code --day D}). Values spelled
     * out in lower case ({@code --sort relevance|date}) are the values themselves, not a label.
     */
    @Test
    void theReadmeLabelsOptionValuesAsTheHelpDoes() throws Exception {
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        for (CommandLine command : commands(PaperFeedCli.commandLine())) {
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (option.arity().max() > 0) {
                    labels.put(option.longestName(), option.paramLabel());
                }
            }
        }
        java.util.regex.Pattern optionValue = java.util.regex.Pattern.compile("(--[a-z-]+) ([^\\s\\]`]+)");
        List<String> written = new ArrayList<>();
        for (String row : java.nio.file.Files.readAllLines(Path.of("README.md"))) {
            if (!row.startsWith("| `")) {
                continue;
            }
            java.util.regex.Matcher found = optionValue.matcher(row.split(" \\| ", 2)[0]);
            while (found.find()) {
                for (String value : found.group(2).split("\\\\\\|")) {
                    if (value.matches("[A-Z][A-Z0-9-]*") && labels.containsKey(found.group(1))) {
                        written.add(found.group(1) + " " + value + " (help: " + labels.get(found.group(1)) + ")");
                    }
                }
            }
        }
        assertThat(written).isNotEmpty().allSatisfy(option -> assertThat(option)
                .matches("(--[a-z-]+) (\\S+) \\(help: \\2\\)"));
    }

    /**
     * The contract scripts rely on (README): every command takes {@code --data-dir} and {@code --help}, and every
     * command that lists things takes {@code --json}.
     */
    @Test
    void everyCommandTakesDataDirAndHelpAndEveryListingTakesJson() {
        List<String> listings = List.of("search", "list", "tags", "show", "days", "mute", "sources", "recommend");
        List<String> withJson = new ArrayList<>();
        for (CommandLine command : commands(PaperFeedCli.commandLine())) {
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName(" ");
            assertThat(spec.findOption("--data-dir")).as(name).isNotNull();
            assertThat(spec.findOption("--help")).as(name).isNotNull();
            if (spec.findOption("--json") != null) {
                withJson.add(name.substring("paperfeed ".length()));
            }
        }
        assertThat(withJson).containsExactlyInAnyOrderElementsOf(listings);
    }

    /**
     * Nothing the help offers goes undocumented: every command and every long option appears in the README or a
     * page of docs/, so a new one comes with its documentation.
     */
    @Test
    void everyCommandAndOptionIsDocumented() throws Exception {
        StringBuilder docs = new StringBuilder(java.nio.file.Files.readString(Path.of("README.md")));
        try (var pages = java.nio.file.Files.list(Path.of("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                docs.append('\n').append(java.nio.file.Files.readString(page));
            }
        }
        List<String> undocumented = new ArrayList<>();
        for (CommandLine command : commands(PaperFeedCli.commandLine())) {
            String name = command.getCommandSpec().qualifiedName(" ");
            if (!docs.toString().contains(name.substring("paperfeed".length()).strip())) {
                undocumented.add(name);
            }
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (!docs.toString().contains(option.longestName())) {
                    undocumented.add(name + " " + option.longestName());
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    /**
     * A run that names its command is given that command alone (picocli reads every command it is given before it
     * parses): each is found by its name, wherever {@code --data-dir} is, and has every option, parameter and
     * subcommand it has among all the commands, the inherited {@code --data-dir} included.
     */
    @Test
    void aRunNamingItsCommandGetsThatCommandWhole() {
        CommandLine whole = PaperFeedCli.commandLine();
        assertThat(whole.getSubcommands()).hasSameSizeAs(PaperFeedCli.COMMANDS);
        for (Class<?> command : PaperFeedCli.COMMANDS) {
            String name = command.getAnnotation(CommandLine.Command.class).name();
            for (String[] args : List.of(new String[] {name}, new String[] {"--data-dir", "x", name, "--json"},
                    new String[] {"--data-dir=x", name}, new String[] {name, "--data-dir", "x"})) {
                assertThat(PaperFeedCli.commandNamedIn(args)).as(String.join(" ", args)).isEqualTo(command);
            }
            CommandLine alone = PaperFeedCli.commandLine(CommandLine.defaultFactory(), command);
            assertThat(alone.getSubcommands()).containsOnlyKeys(name);
            assertThat(commands(alone.getSubcommands().get(name))).extracting(CliHelpTest::shape)
                    .as(name).isEqualTo(commands(whole.getSubcommands().get(name)).stream().map(CliHelpTest::shape)
                            .toList());
        }
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"--data-dir", "x"},
                new String[] {"recomend"}, new String[] {"-V", "list"})) {
            assertThat(PaperFeedCli.commandNamedIn(args)).as(String.join(" ", args)).isNull();
        }
    }

    /** A command's name, options (names, labels, whether inherited), parameters and settings, as one line. */
    private static String shape(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        return spec.qualifiedName() + " " + spec.options().stream().map(o -> String.join("|", o.names()) + "="
                        + o.paramLabel() + (o.inherited() ? " inherited" : "")).sorted().toList()
                + " " + spec.positionalParameters().stream().map(p -> p.paramLabel()).toList()
                + " unmatched-as-parameters=" + command.isUnmatchedOptionsArePositionalParams()
                + " case-insensitive-enums=" + command.isCaseInsensitiveEnumValuesAllowed();
    }

    private static List<CommandLine> commands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
        return all;
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
