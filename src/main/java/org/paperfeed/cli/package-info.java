/**
 * The command line: {@code paperfeed [--data-dir DIR] COMMAND}, one picocli class per subcommand, each a thin
 * {@code Callable} over the same {@code app} use cases as the window.
 *
 * <p>The entry class is {@link org.paperfeed.cli.PaperFeedCli}, which lists the commands ({@code COMMANDS}) and gives
 * picocli only the one a run names (all of them for help, a mistake or no command): picocli reads each command it is
 * given by reflection before it parses. This is the only package that writes to the
 * console: results on stdout ({@code --json} prints a JSON array and nothing else), failures as one line on stderr
 * with a non-zero exit status ({@link org.paperfeed.cli.ExitCodes}: 1 failed, 2 a mistake in the command, found
 * before the library opens by {@code LibraryCommand.checkUsage}, so that it is one line whatever the library's state;
 * a choice option's bad value names the choices in the help's words, {@code ChoiceConverter}, and a mistyped command
 * is named as one, with the command meant when a letter or two off, {@code UnknownCommand}).
 * What the user must hear but that fails nothing (an index rebuilt, a snapshot to import again, a file set aside, a
 * settings file read as the defaults) is a {@code paperfeed:} line on stderr too, the exit status untouched:
 * {@code LibraryCommand} prints those the open found before the command runs, and the settings problems after it;
 * "showing it as last saved" (another process holds the library) only when the command worked, so that a failure is
 * its own one line. A command that only reads ({@code readsOnly}: listing, showing, {@code mute add --dry-run}) or
 * only marks papers ({@code marksPapersOnly}) refuses a folder that does not exist rather than make a library there.
 * Standard output is a {@code StandardOutput}, not {@code System.out}, whose {@code PrintStream} swallows write errors:
 * a write that fails stops the command (a full disk: exit 1 and one line; a closed pipe: status 141, nothing said). Every
 * command extends {@link org.paperfeed.cli.LibraryCommand}, which opens the library, reads the inherited
 * {@code --data-dir} (before or after the command, once: {@code PaperFeedCli} refuses it given twice, or without a
 * folder: none, an empty one, or one that looks like an option, with a command or without, so that the window never
 * opens on one) and gives every
 * command {@code --help}; commands never reach back
 * to the root command. Every command that works on the library extends {@link org.paperfeed.cli.UseCaseCommand} and is
 * handed only the use cases it calls (its sources, its marks…); one that needs two or three gets a small record of its
 * own ({@code ListCommand.Uses}, {@code RecommendCommand.Uses}), and one that prints papers' rows gets its use case with
 * how sources are named ({@code UseCaseCommand.Named}). Only {@code LibraryCommand}
 * and {@code UseCaseCommand} know {@code AppServices}. How papers, listings and days read on a terminal
 * lives in {@code PaperLines} and {@code ListingText} (titles, snippets and abstracts in LaTeX's Unicode form, as the
 * window shows them; a source by the name the app's {@code SourceNames} gives it, as in the window, and in a row an
 * imported file's shortly, "[imported feed.xml #3]"); tables pad by
 * the columns a terminal draws ({@code TerminalColumns}: a CJK character takes two); the JSON shape of a paper is
 * {@code app.export.PaperJson}, which keeps the source's text. {@code CliTranscriptTest} holds a golden transcript of
 * every command's output but {@code refresh}'s, which needs a server ({@code RefreshCommandTest}). Must not import
 * Lucene, OkHttp or JavaFX.
 */
package org.paperfeed.cli;
