package org.paperfeed.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.OpeningProgress;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.support.Plural;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the library: opens it, runs, closes it, and reports failures as one line. */
abstract class LibraryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** "Today" for the library (when papers were added, which day is "latest" or "yesterday"). */
    Clock clock = Clock.systemDefaultZone();

    /**
     * Whether a person reads what the command prints at a terminal ({@code System.console()} is there, unless a test
     * says otherwise: {@code PaperFeedCli.run}).
     */
    boolean atTerminal = System.console() != null;

    /** Every command answers {@code --help}: every usage error points there. */
    @Mixin
    HelpOption help;

    @Override
    public final Integer call() throws PaperFeedException {
        // --data-dir is the root's option, inherited by every command, so it may come before or after the command;
        // one without a folder (empty: Path.of("") is the current folder) was refused before parsing (PaperFeedCli).
        Path dataDir = spec.findOption("--data-dir").getValue();
        // Before the library opens: a mistake in the command is said in one line and exits 2 whether the library is
        // there, held by the window or damaged, and a command that was not run makes no library.
        checkUsage();
        DataFolder folder = DataFolder.resolve(dataDir);
        if (marksPapersOnly()) {
            // A mark needs a paper, which a library not there yet cannot hold: 'star ID' on a mistyped --data-dir
            // failed, but left an empty library behind in the wrong folder.
            AppServices.requireFolder(folder);
        }
        // A rebuild of a large library takes minutes: said as it starts, to a person at a terminal only, so that a
        // script still gets one line on stderr when the command fails.
        OpeningProgress progress = atTerminal ? rebuildStartedLine() : OpeningProgress.SILENT;
        try (AppServices app = readsOnly() ? AppServices.openForReading(folder, clock, progress)
                : AppServices.open(folder, clock, progress)) {
            app.recovered().ifPresent(recovered -> err().println("paperfeed: " + recovered.message()));
            app.importsMissing().ifPresent(missing -> err().println("paperfeed: " + missing.message()));
            app.importedFilesProblem().ifPresent(problem -> err().println("paperfeed: " + problem));
            app.marksRecovered().ifPresent(recovered -> err().println("paperfeed: " + recovered.message()));
            try {
                int status = run(app);
                // Said once the command has worked: a failure is one line on stderr, its own, and this one is not
                // why it failed (a paper not found, an invalid query).
                if (status == ExitCodes.OK && app.readOnly() && readsOnly()) {
                    err().println("paperfeed: " + app.readOnlyReason().orElse("the library is read-only"));
                }
                return status;
            } finally {
                // Read while the command ran (a refresh's catch-up days, For you's settings): said after it, once.
                app.settingsProblems().forEach(problem -> err().println("paperfeed: " + problem));
            }
        }
    }

    private OpeningProgress rebuildStartedLine() {
        return new OpeningProgress() {
            @Override
            public void rebuildStarted(String why, int keptDigests) {
                err().println("paperfeed: " + why.replaceAll("\\.$", "") + "; rebuilding it, "
                        + String.format("%,d %s", keptDigests, Plural.noun(keptDigests, "kept digest"))
                        + " to read back (this can take a few minutes)");
                err().flush();
            }

            @Override
            public void digestsReadBack(int done, int of) {
            }
        };
    }

    /** Commands that only change the marks of papers in the library: they never begin a library. */
    boolean marksPapersOnly() {
        return false;
    }

    /** Commands that only read may work on a read-only view when another process has the library open. */
    boolean readsOnly() {
        return false;
    }

    abstract int run(AppServices app) throws PaperFeedException;

    /**
     * Checks what the command line says that picocli could not (a {@code --limit} under 1, options that do not go
     * together), before the library opens: throw {@link #usage} for a mistake. Nothing to check by default.
     */
    void checkUsage() {
    }

    /**
     * A mistake in the command itself, found after parsing (a bad date, options that do not go together): exit 2 with
     * one line pointing to this command's {@code --help}, as for an unknown option.
     */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * An argument given as empty or blank (an unset variable, {@code --name ''}) is a mistake in the command, not a
     * value to look up or to replace with a default: {@code message} says which ({@code --tag cannot be empty}).
     */
    void refuseEmpty(String value, String message) {
        if (value != null && value.isBlank()) {
            throw usage(message);
        }
    }

    /**
     * A query's words that look like long options ({@code search x --sortt date}) are refused as unknown options: a
     * command whose query may hold {@code -word} (an excluded word) lets picocli pass unmatched options on as query
     * words ({@code PaperFeedCli}), so a mistyped {@code --option} would otherwise be searched for.
     */
    void refuseOptionsAmong(java.util.List<String> words) {
        for (String word : words) {
            if (word.startsWith("--")) {
                throw usage("Unknown option: '" + word + "'");
            }
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
