package org.paperfeed.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code paperfeed [--data-dir DIR] COMMAND}: the command line over the same use cases as the window. Its commands are
 * {@link #COMMANDS}, added when the line is run rather than named in the annotation: picocli reads every command it is
 * given (each option, by reflection) before it parses anything, which was a third of a second of CPU at each run, so
 * a run that names its command is given that one alone ({@link #commandLine}).
 */
@Command(name = "paperfeed", mixinStandardHelpOptions = true, versionProvider = PaperFeedCli.Version.class,
        description = "A reader for trending research papers. Without a command, opens the window.")
public final class PaperFeedCli {

    static final int FAILED = ExitCodes.FAILED;
    static final int USAGE = ExitCodes.USAGE;

    /** Every command, in the order {@code paperfeed --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, SearchCommand.class, ListCommand.class,
            TagsCommand.class, ShowCommand.class, StarCommand.class, UnstarCommand.class, TagCommand.class,
            UntagCommand.class, ReadCommand.class, UnreadCommand.class, ExportCommand.class, SourcesCommand.class,
            RefreshCommand.class, NotInterestedCommand.class, InterestedCommand.class, MuteCommand.class,
            DaysCommand.class, NoteCommand.class, RecommendCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Library folder (default: $PAPERFEED_HOME, else the platform's data folder)")
    Path dataDir;

    /**
     * True when the arguments name a command (or ask for help); only {@code --data-dir DIR} means the window. A
     * {@code --data-dir} without a folder is a mistake the command line names ({@link #dataDirMistake}), where the
     * window would open on the current folder (an empty value), on the default library (no value) or on a folder
     * named after the option that followed ({@code --data-dir --help}).
     */
    public static boolean isCommand(String[] args) {
        return !withoutDataDir(args).isEmpty()
                || dataDirValues(args).stream().anyMatch(value -> dataDirMistake(value).isPresent());
    }

    /**
     * What is wrong with a {@code --data-dir} value, if anything: none given, an empty one (the current folder) or
     * one that looks like an option (a folder forgotten, the next option taken for it). A folder whose name does
     * begin with '-' is given as {@code ./-name}, which the line says.
     */
    private static Optional<String> dataDirMistake(String value) {
        if (value == null) {
            return Optional.of("--data-dir needs a folder; none was given");
        }
        if (value.isBlank()) {
            return Optional.of("--data-dir needs a folder; it was empty");
        }
        if (value.startsWith("-")) {
            String shown = PaperLines.oneLine(value);
            return Optional.of("--data-dir needs a folder, not '" + shown + "', which looks like an option; a folder "
                    + "whose name begins with '-' is given as ./" + shown);
        }
        return Optional.empty();
    }

    /** The value of each {@code --data-dir} given before any {@code --}; null for one given last, with no value. */
    private static List<String> dataDirValues(String[] args) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--data-dir")) {
                values.add(i + 1 < args.length ? args[i + 1] : null);
            } else if (args[i].startsWith("--data-dir=")) {
                values.add(args[i].substring("--data-dir=".length()));
            }
        }
        return values;
    }

    private static List<String> withoutDataDir(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("--data-dir=")) {
                rest.add(args[i]);
            }
        }
        return rest;
    }

    /** One line for the user from outside a command (the window start, when another window has the library). */
    public static void say(String line) {
        System.out.println(line);
    }

    public static int run(String[] args) {
        return run(args, new FileOutputStream(FileDescriptor.out), new PrintWriter(System.err, true));
    }

    /**
     * Runs one command writing to {@code stdout}, a write to which that fails ends the command (a full disk: exit 1
     * and one line; a reader that went away: {@link StandardOutput#CLOSED_PIPE}, nothing said) rather than be ignored.
     */
    static int run(String[] args, OutputStream stdout, PrintWriter err) {
        StandardOutput checked = new StandardOutput(stdout);
        PrintWriter out = new PrintWriter(checked, true);
        int status = run(args, out, err);
        try {
            out.flush();
        } catch (StandardOutput.Failed e) {
            // said below, once
        }
        return checked.status(status, err);
    }

    /** Runs one command with the given streams; the exit status is 0 on success. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with "today" (and "yesterday") read from {@code clock}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, System.console() != null);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter, Clock)}; {@code atTerminal} says whether a person reads what
     * the command prints at a terminal (the JVM has a console), who is told in one line when a long rebuild of the
     * index starts ({@code LibraryCommand}). Given, so that a test can say either without a terminal.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, boolean atTerminal) {
        // Before picocli, which would take an option that follows for the folder (when it is not one of the
        // command's), and whether a command is given or not (without one, the window would have opened).
        Optional<String> mistake = dataDirValues(args).stream().map(PaperFeedCli::dataDirMistake)
                .flatMap(Optional::stream).findFirst();
        if (mistake.isPresent()) {
            err.println("paperfeed: " + mistake.get() + " (see 'paperfeed --help')");
            return USAGE;
        }
        // An inherited option given before and after the command: picocli keeps the later without a word, which could
        // change another library than the one meant (given twice before the command, picocli itself refuses).
        long dataDirs = java.util.Arrays.stream(args).takeWhile(a -> !a.equals("--"))
                .filter(a -> a.equals("--data-dir") || a.startsWith("--data-dir=")).count();
        if (dataDirs > 1) {
            err.println("paperfeed: option '--data-dir' should be given only once (see 'paperfeed --help')");
            return USAGE;
        }
        CommandLine cli = commandLine(withContext(clock, atTerminal), commandNamedIn(args));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, ignored) -> {
            // picocli's message quotes what was typed ("--interest takes starred or tag:NAME, not '…'"): shown as
            // every other text a terminal only shows (CliErrors).
            err.println("paperfeed: " + CliErrors.describe(e)
                    + " (see 'paperfeed " + commandPath(e.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, result) -> {
            if (StandardOutput.causedBy(e)) {
                // The output could not be written: StandardOutput says why, once, when the command has ended.
                return ExitCodes.FAILED;
            }
            err.println("paperfeed: " + CliErrors.describe(e));
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }

    /**
     * The command line with every command ({@code named} null), or with the one named only: what a run that names its
     * command parses and runs is the same either way, and help, a mistyped command and every message about the
     * command line as a whole are answered by the whole (the run names no command then).
     */
    static CommandLine commandLine(CommandLine.IFactory factory, Class<?> named) {
        CommandLine cli = new CommandLine(new PaperFeedCli(), factory);
        for (Class<?> command : named == null ? COMMANDS : List.<Class<?>>of(named)) {
            cli.addSubcommand(new CommandLine(command, factory));
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own message for a bad date names java.time's classes and exception.
        cli.registerConverter(java.time.LocalDate.class, text -> org.paperfeed.model.IsoDay.parse(text).orElseThrow(
                () -> new CommandLine.TypeConversionException(org.paperfeed.model.IsoDay.whyNot(text)
                        .orElse("'" + text + "' is not a date (YYYY-MM-DD)"))));
        CommandLine search = cli.getSubcommands().get("search");
        if (search != null) {
            // "search diffusion -video": an excluded word is part of the query, not an option.
            search.setUnmatchedOptionsArePositionalParams(true);
        }
        CommandLine mute = cli.getSubcommands().get("mute");
        if (mute != null) {
            // "mute add -tag:keep cat:cs.CV": a rule may start with an excluded word.
            mute.getSubcommands().get("add").setUnmatchedOptionsArePositionalParams(true);
        }
        return cli;
    }

    /** The command line with every command, as {@code paperfeed --help} lists them. */
    static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory(), null);
    }

    /**
     * The command the arguments name, where picocli would find it (the first argument that is not the root's
     * {@code --data-dir DIR}); null when the first is anything else (an option, help, a mistyped command, nothing).
     */
    static Class<?> commandNamedIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("--data-dir=")) {
                for (Class<?> command : COMMANDS) {
                    if (command.getAnnotation(Command.class).name().equals(args[i])) {
                        return command;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Hands every library command the clock and whether it runs at a terminal, so the commands need not reach back to
     * the root for them.
     */
    private static CommandLine.IFactory withContext(Clock clock, boolean atTerminal) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = defaults.create(type);
                if (made instanceof LibraryCommand command) {
                    command.clock = clock;
                    command.atTerminal = atTerminal;
                }
                return made;
            }
        };
    }

    /** Prints {@code message} as the CLI's one failure line on stderr and returns the failure status. */
    public static int fail(String message) {
        System.err.println("paperfeed: " + message);
        return FAILED;
    }

    private static String commandPath(CommandLine command) {
        String path = command.getCommandSpec().qualifiedName(" ");
        return path.equals("paperfeed") ? "" : path.substring("paperfeed ".length()) + " ";
    }

    /** The version from the jar's manifest; "dev" when running from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PaperFeedCli.class.getPackage().getImplementationVersion();
            return new String[] {"PaperFeed " + (version == null ? "dev" : version)};
        }
    }
}
