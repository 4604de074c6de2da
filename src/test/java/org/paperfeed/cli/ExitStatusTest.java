package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperfeed.Launcher;

/**
 * Exit statuses and the one stderr line: a mistake in the command line (a parse error, a bad option value, an empty
 * {@code --data-dir}) exits 2, anything found while running exits 1; a source address with no host, a line break or
 * 100 KB is refused; a refresh that cannot reach its source says so once; the window with no display says so in one
 * line.
 */
class ExitStatusTest {

    @TempDir
    Path data;

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("list", "--limit", "0"), "--limit must be at least 1"),
                Arguments.of(List.of("search", "--limit", "0", "x"), "--limit must be at least 1"),
                Arguments.of(List.of("list", "--limit", "many"), "'many' is not an int"),
                Arguments.of(List.of("search", "--sort", "sideways", "x"), "Invalid value for option '--sort'"),
                // The words the help names, in lower case: picocli said "expected one of [RELEVANCE, DATE, TRENDING]",
                // relevance among them for list, which takes only trending or date.
                Arguments.of(List.of("search", "--sort", "sideways", "x"),
                        "Invalid value for option '--sort': 'sideways' is not relevance, date or trending"),
                Arguments.of(List.of("list", "--sort", "sideways"),
                        "Invalid value for option '--sort': 'sideways' is not trending or date"),
                Arguments.of(List.of("export", "--format", "csv"),
                        "Invalid value for option '--format': 'csv' is not json, bibtex or markdown"),
                // A mistyped command was "Unmatched argument at index 2: 'lst'".
                Arguments.of(List.of("lst"), "unknown command 'lst' (did you mean 'list'?)"),
                Arguments.of(List.of("serach", "diffusion"), "unknown command 'serach' (did you mean 'search'?)"),
                Arguments.of(List.of("xyzzy"), "unknown command 'xyzzy' (see"),
                Arguments.of(List.of("refresh", "--date", "2024-13-45"), "Invalid value for option '--date'"),
                // A day in the right form that the calendar does not have says why, not the form it is already in:
                // "--day takes YYYY-MM-DD, latest, today or yesterday, not '2026-02-30'".
                Arguments.of(List.of("list", "--day", "2026-02-30"),
                        "'2026-02-30' is not a day: February 2026 has 28 days"),
                Arguments.of(List.of("recommend", "--day", "2024-02-30"),
                        "'2024-02-30' is not a day: February 2024 has 29 days"),
                Arguments.of(List.of("list", "--day", "2026-13-01"), "'2026-13-01' is not a day: there is no month 13"),
                Arguments.of(List.of("refresh", "--date", "2026-04-31"),
                        "Invalid value for option '--date': '2026-04-31' is not a day: April 2026 has 30 days"),
                // In words, not java.time's class and exception names.
                Arguments.of(List.of("refresh", "--date", "notadate"),
                        "Invalid value for option '--date': 'notadate' is not a date (YYYY-MM-DD)"),
                // A day to come: the source would answer with what it has, filed under that day.
                Arguments.of(List.of("refresh", "--date", "2999-01-01"), "--date 2999-01-01 is after today"),
                // --since has a range, said whichever side of it the day falls (a day too far back exited 1).
                Arguments.of(List.of("refresh", "--since", "2999-01-01"), "--since must be a day from "),
                Arguments.of(List.of("refresh", "--since", "2020-01-01"), "--since must be a day from "),
                Arguments.of(List.of("export", "--format", "pdf"), "Invalid value for option '--format'"),
                // Was "unexpected error: IllegalArgumentException: a tag cannot be empty", exit 1 (recommend said it).
                // Was every paper, exit 0: an unset variable's "hits".
                Arguments.of(List.of("search", ""), "search needs something to search for"),
                Arguments.of(List.of("search", " ", "", "--json"), "search needs something to search for"),
                Arguments.of(List.of("list", "--tag", ""), "--tag cannot be empty"),
                Arguments.of(List.of("list", "--starred", "--tag", "  "), "--tag cannot be empty"),
                Arguments.of(List.of("export", "--tag", ""), "--tag cannot be empty"),
                Arguments.of(List.of("export", "--format", "bibtex", "--tag", " "), "--tag cannot be empty"),
                Arguments.of(List.of("sources", "add", "https://example.org/feed.xml", "--format", "bogus"),
                        "--format: unknown format 'bogus' (one of: auto, "),
                // An explicitly empty name quietly named the source after its address.
                Arguments.of(List.of("sources", "add", "https://example.org/feed.xml", "--name", ""),
                        "--name cannot be empty"),
                Arguments.of(List.of("sources", "add", "https://example.org/feed.xml", "--name", " "),
                        "--name cannot be empty"),
                // "no source named ''", exit 1: a name left out by mistake, as an empty FILE or --tag is.
                Arguments.of(List.of("sources", "remove", ""), "NAME cannot be empty"),
                Arguments.of(List.of("sources", "enable", " "), "NAME cannot be empty"),
                Arguments.of(List.of("sources", "disable", ""), "NAME cannot be empty"),
                Arguments.of(List.of("refresh", ""), "NAME cannot be empty"),
                // An address that cannot be a feed is a mistake in the command line: each exited 1.
                Arguments.of(List.of("sources", "add", "ftp://example.org/feed"),
                        "only http and https feeds can be added, not ftp: ftp://example.org/feed"),
                Arguments.of(List.of("sources", "add", "example.org/feed"),
                        "not a web address (http:// or https://): example.org/feed"),
                // A --data-dir given no folder took the next option as one (the window had no such check at all).
                Arguments.of(List.of("search", "x", "--data-dir", "--json"), "--data-dir needs a folder, not '--json'"),
                Arguments.of(List.of("search", "x", "--data-dir"), "--data-dir needs a folder"),
                Arguments.of(List.of("import", "-", "-"), "standard input (- or /dev/stdin) can be read only once"),
                // An unset variable: was "paperfeed: : is a folder, not a digest file" (and "; name a file to
                // export to"), exit 1, naming no file.
                Arguments.of(List.of("import", ""), "FILE cannot be empty"),
                Arguments.of(List.of("export", "--output", ""), "--output needs a file; it was empty"),
                // Before and after the command: picocli let the later win without a word (twice before, it refuses).
                Arguments.of(List.of("tags", "--data-dir", "/tmp/paperfeed-elsewhere"),
                        "option '--data-dir' should be given only once"),
                Arguments.of(List.of("frobnicate"), "unknown command 'frobnicate' (see"),
                // Was "Error: --date=YYYY-MM-DD, --since=YYYY-MM-DD are mutually exclusive (specify only one)".
                Arguments.of(List.of("refresh", "--date", "2026-01-01", "--since", "2026-01-01"),
                        "paperfeed: --date and --since cannot be used together (see 'paperfeed refresh --help')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aMistakeInTheCommandLineExitsTwoWithOneLine(List<String> args, String says) {
        CliRun run = CliRun.of(data, args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isEqualTo(PaperFeedCli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().startsWith("paperfeed: ").contains(says);
    }

    @Test
    void anEmptyDataDirIsAUsageErrorNotTheCurrentFolder() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = PaperFeedCli.run(new String[] {"--data-dir", "", "list"}, new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(status).isEqualTo(PaperFeedCli.USAGE);
        assertThat(err.toString().strip()).startsWith("paperfeed: --data-dir needs a folder; it was empty");
        assertThat(Files.exists(Path.of("library"))).as("nothing made in the current folder").isFalse();
    }

    /**
     * Without a command, {@code --data-dir} with an empty value opened the window on a library it made in the current
     * folder, and with no value on the default library: the mistake the command line refuses after a command.
     */
    @Test
    void aDataDirWithoutAFolderIsAUsageErrorWithoutACommandToo() {
        for (String[] args : List.of(new String[] {"--data-dir="}, new String[] {"--data-dir", ""},
                new String[] {"--data-dir", " "}, new String[] {"--data-dir"})) {
            assertThat(PaperFeedCli.isCommand(args)).as(List.of(args) + " is not the window").isTrue();

            CliRun run = CliRun.exactly(java.time.Clock.systemDefaultZone(), args);

            assertThat(run.status()).as(List.of(args) + ": " + run.err()).isEqualTo(PaperFeedCli.USAGE);
            assertThat(run.err().lines().toList()).as(List.of(args).toString()).singleElement().asString()
                    .startsWith("paperfeed: ").contains("--data-dir");
        }
        assertThat(PaperFeedCli.isCommand(new String[] {"--data-dir", data.toString()})).as("the window").isFalse();
        assertThat(Files.exists(Path.of("library"))).as("nothing made in the current folder").isFalse();
    }

    /**
     * {@code paperfeed --data-dir --help} opened the window on a library it made in a folder named "--help": a
     * {@code --data-dir} followed by what looks like an option is a mistake, refused in one line whether a command
     * follows or not, which says how to name a folder that does begin with '-'.
     */
    @Test
    void aDataDirThatLooksLikeAnOptionIsRefusedNotOpened() {
        Map<List<String>, String> valueOf = new LinkedHashMap<>();
        valueOf.put(List.of("--data-dir", "--help"), "--help");
        valueOf.put(List.of("--data-dir=--help"), "--help");
        valueOf.put(List.of("--data-dir", "-x"), "-x");
        valueOf.put(List.of("--data-dir", "-x", "tags"), "-x");
        valueOf.put(List.of("tags", "--data-dir=-x"), "-x");
        valueOf.forEach((args, value) -> {
            CliRun run = CliRun.exactly(java.time.Clock.systemDefaultZone(), args.toArray(String[]::new));

            assertThat(PaperFeedCli.isCommand(args.toArray(String[]::new))).as(args + " is not the window").isTrue();
            assertThat(run.status()).as(args + ": " + run.err()).isEqualTo(PaperFeedCli.USAGE);
            assertThat(run.out()).as(args.toString()).isEmpty();
            assertThat(run.err().lines().toList()).as(args.toString()).singleElement().asString()
                    .startsWith("paperfeed: --data-dir needs a folder, not '" + value + "'")
                    .contains("./" + value);
        });
        assertThat(Files.exists(Path.of("--help"))).as("no folder made named --help").isFalse();
        assertThat(Files.exists(Path.of("-x"))).isFalse();

        // A folder whose name does begin with '-' is still reachable, as the line says.
        CliRun dotted = CliRun.exactly(java.time.Clock.systemDefaultZone(), "--data-dir", "./-no-such-library",
                "tags");
        assertThat(dotted.status()).as(dotted.err()).isEqualTo(PaperFeedCli.FAILED);
        assertThat(dotted.err()).contains("there is no library in ").contains("-no-such-library");
    }

    /**
     * A date past four-digit years (java.time's parser takes up to nine digits with a sign) ended a command with
     * "unexpected error: DateTimeException" (--day ... --week) or "ArithmeticException: long overflow" (added:):
     * it is not a date as the forms say, and is refused as one.
     */
    @Test
    void aDateBeyondFourDigitYearsIsRefusedAsNotADateNotACrash() {
        CliRun week = CliRun.of(data, "list", "--day", "+999999999-12-31", "--week");
        CliRun added = CliRun.of(data, "search", "added:+999999999-12-31");

        assertThat(week.status()).isEqualTo(PaperFeedCli.USAGE);
        assertThat(week.err().lines().toList()).singleElement().asString()
                .startsWith("paperfeed: --day takes YYYY-MM-DD, latest, today or yesterday, not '+999999999-12-31'");
        assertThat(added.status()).isEqualTo(PaperFeedCli.FAILED);
        assertThat(added.err().lines().toList()).containsExactly("paperfeed: invalid query: added: needs a date like "
                + "2024-03-11, 2024-03 or 2024, not '+999999999-12-31'");
        assertThat(CliRun.of(data, "list", "--day", "2024-03-11", "--week").status()).as("a real day").isZero();
        assertThat(CliRun.of(data, "search", "after:2026-06-00").err().lines().toList()).containsExactly(
                "paperfeed: invalid query: after: '2026-06-00' is not a day: there is no day 0");
    }

    /**
     * What the user typed is echoed in the error, shortened when it is too long to read: {@code list --day} given 5,000
     * characters had echoed them all, and {@code import} of a name too long for the file system twice (10,050
     * characters in one line, "File name too long" lost at its end).
     */
    @Test
    void aHugeValueIsEchoedShortenedInTheOneLine() {
        String huge = "a".repeat(5000);
        for (List<String> args : List.of(List.of("list", "--day", huge), List.of("show", huge),
                List.of("star", huge), List.of("import", huge))) {
            CliRun run = CliRun.of(data, args.toArray(String[]::new));

            assertThat(run.status()).as(args.get(0)).isNotZero();
            assertThat(run.err().lines().toList()).as(args.get(0)).singleElement().asString()
                    .hasSizeLessThan(500).contains("a…(5000 characters)…a");
        }
        assertThat(CliRun.of(data, "import", huge).err()).contains("File name too long");
    }

    /**
     * A library folder that is a file is named as one, and left as it was, by commands that read, mark, import and
     * list sources alike. Each had said "the library in F could not be opened: F/library: Not a directory".
     */
    @Test
    void aDataDirThatIsAFileIsRefusedInOneLineAndLeftAlone() throws Exception {
        Path file = Files.writeString(data.resolve("notes.txt"), "my notes");
        Path digest = Files.writeString(data.resolve("page.txt"), "A title\n\nAn abstract long enough to be one.\n");
        for (List<String> args : List.of(List.of("list"), List.of("days", "--json"), List.of("star", "2401.00001"),
                List.of("import", digest.toString()), List.of("sources"))) {
            CliRun run = CliRun.of(file, args.toArray(String[]::new));

            assertThat(run.status()).as(args.get(0)).isEqualTo(PaperFeedCli.FAILED);
            assertThat(run.out()).as(args.get(0)).isEmpty();
            assertThat(run.err().lines().toList()).as(args.get(0))
                    .containsExactly("paperfeed: " + file + " is a file, not a library folder");
        }
        assertThat(Files.readString(file)).isEqualTo("my notes");
    }

    @Test
    void whatIsFoundWhileRunningExitsOne() {
        CliRun run = CliRun.of(data, "show", "2401.99999");

        assertThat(run.status()).isEqualTo(PaperFeedCli.FAILED);
        assertThat(run.err().lines().toList()).hasSize(1);
    }

    @Test
    void aSourceAddressWithoutAHostOrWithALineBreakOrTooLongIsRefused() {
        CliRun hostless = CliRun.of(data, "sources", "add", "https:///feed");
        CliRun lineBreak = CliRun.of(data, "sources", "add", "https://example.org/feed\r\nX-Evil: 1");
        CliRun huge = CliRun.of(data, "sources", "add", "https://example.org/" + "a".repeat(100 * 1024));

        // Mistakes in the command line (exit 2, as for ftp:// or a bad --format), not failures while running.
        assertThat(hostless.status()).isEqualTo(PaperFeedCli.USAGE);
        assertThat(hostless.err().strip()).isEqualTo("paperfeed: that address names no host (https://host/path): "
                + "https:///feed (see 'paperfeed sources add --help')");
        assertThat(lineBreak.status()).isEqualTo(PaperFeedCli.USAGE);
        assertThat(lineBreak.err().strip()).isEqualTo("paperfeed: an address cannot contain spaces, line breaks or "
                + "control characters (see 'paperfeed sources add --help')");
        assertThat(huge.status()).isEqualTo(PaperFeedCli.USAGE);
        assertThat(huge.err().strip()).isEqualTo("paperfeed: that address is 102420 characters long; at most 2048"
                + " (see 'paperfeed sources add --help')");
        assertThat(CliRun.of(data, "sources").out()).doesNotContain("feed\r", "/feed ", "aaaa");
    }

    @Test
    void aRefreshThatCannotReachItsSourceSaysSoOnceOnStderr() throws Exception {
        assertThat(CliRun.of(data, "sources", "add", "http://127.0.0.1:9/feed.xml", "--name", "Dead").status())
                .isZero();

        Child refresh = child(List.of(), "--data-dir", data.toString(), "refresh", "Dead");

        assertThat(refresh.status()).isEqualTo(1);
        assertThat(refresh.out().strip()).startsWith("Dead: failed: ");
        assertThat(refresh.err().lines().toList()).containsExactly("paperfeed: 1 of 1 source failed");
    }

    /**
     * An RSS item without a title is not a paper: it was skipped with a "WARN RssParser - … skipped an RSS item
     * without a title" line on stderr, where a script expects one failure line or nothing, and the summary did not
     * count it. It is counted in the summary now, and stderr stays empty.
     */
    @Test
    void anImportSkippingAnUntitledItemCountsItInTheSummaryNotOnStderr() throws Exception {
        Path feed = Files.writeString(data.resolve("feed.xml"), "<rss version=\"2.0\"><channel><title>Journal</title>"
                + "<item><title>A Paper With A Title</title><link>https://example.org/a</link></item>"
                + "<item><description>no title here</description><link>https://example.org/b</link></item>"
                + "</channel></rss>");

        Child run = child(List.of(), "--data-dir", data.resolve("library").toString(), "import", feed.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(feed + ": 1 new, 0 updated, 1 line skipped (not a paper)");
        assertThat(run.err()).isEmpty();
    }

    private static final String ABSTRACT = "We study how a reader of research papers finds the few that matter each"
            + " morning among the hundreds that arrive, and show that counting what was skipped keeps the reader"
            + " informed without a warning on the terminal.";

    /** What each format holds that is not a paper, beside one paper: the file and the summary's count of them. */
    static Stream<Arguments> entriesThatAreNotPapers() {
        String good = "{\"id\":\"2403.01234\",\"title\":\"A Paper With A Title\",\"abstract\":\"Short.\","
                + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 11 Mar 2024 10:00:00 GMT\"}]}\n";
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            bad.append(i % 2 == 0 ? "{\"id\":\"not an id\",\"title\":\"x\",\"abstract\":\"x\"}\n" : "{broken\n");
        }
        return Stream.of(
                Arguments.of("feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Lab</title>"
                        + "<entry><title>A Paper With A Title</title><id>urn:a</id></entry>"
                        + "<entry><summary>no title here</summary><id>urn:b</id></entry></feed>", 1),
                Arguments.of("daily.json", "[{\"paper\":{\"id\":\"2403.01234\",\"title\":\"A Paper With A Title\","
                        + "\"summary\":\"An abstract.\"}},{\"paper\":{\"id\":\"2403.05678\",\"summary\":\"untitled\"}}]",
                        1),
                Arguments.of("page.txt", "A Paper With A Title\n\n" + ABSTRACT + "\n\n" + ABSTRACT.replace("We", "They")
                        + "\n", 1),
                // A damaged snapshot: each bad line was a WARN (the first ten), and a gigabyte of them floods stderr.
                Arguments.of("snapshot.jsonl", good + bad, 30));
    }

    /**
     * An Atom entry or a Hugging Face daily entry without a title, an abstract with no title above it, a snapshot's
     * line that is not a paper: each was a WARN line on stderr, where a script expects one failure line or nothing,
     * and (but for the snapshot) the summary did not count it. They are counted in the summary now, and stderr stays
     * empty.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("entriesThatAreNotPapers")
    void anImportSkippingWhatIsNotAPaperCountsItInTheSummaryNotOnStderr(String name, String content, int skipped)
            throws Exception {
        Path file = Files.writeString(data.resolve(name), content);

        Child run = child(List.of(), "--data-dir", data.resolve("library").toString(), "import", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(file + ": 1 new, 0 updated, "
                + (skipped == 1 ? "1 line skipped (not a paper)" : skipped + " lines skipped (not papers)"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theWindowWithNoDisplaySaysSoInOneLine() throws Exception {
        Child window = child(List.of("DISPLAY", "WAYLAND_DISPLAY"), "--data-dir", data.toString());

        assertThat(window.status()).isEqualTo(1);
        assertThat(window.out()).isEmpty();
        assertThat(window.err().lines().toList()).containsExactly("paperfeed: no display to open the window on "
                + "(DISPLAY is not set); commands work without one: see 'paperfeed --help'");
    }

    private record Child(int status, String out, String err) {
    }

    /**
     * The jar's entry point in a JVM of its own, as a user runs it: without the test's Monocle settings, with the
     * product's logging configuration rather than the tests', and without the environment variables {@code unset}.
     */
    private Child child(List<String> unset, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(data, "out", ".txt");
        Path err = Files.createTempFile(data, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        unset.forEach(builder.environment()::remove);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + Files.readString(err));
        }
        return new Child(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
