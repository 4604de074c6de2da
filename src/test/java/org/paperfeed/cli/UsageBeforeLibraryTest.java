package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;

/**
 * A mistake in the command line is said in one line and exits 2 whatever the library's state: the checks ran after
 * the library opened, so {@code list --tag ''} while the window held the library printed two lines (the window's and
 * the usage error), and with no library there said "there is no library" and exited 1 before the mistake was named.
 * The same mistakes as {@link ExitStatusTest}.
 */
class UsageBeforeLibraryTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.paperfeed.cli.ExitStatusTest#usageErrors")
    void whileTheWindowHoldsTheLibrary(List<String> args, String says) throws Exception {
        Path data = work.resolve("library");
        try (AppServices window = AppServices.open(new DataFolder(data), Clock.systemDefaultZone())) {
            assertOneUsageLine(CliRun.of(data, args.toArray(String[]::new)), says);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.paperfeed.cli.ExitStatusTest#usageErrors")
    void withNoLibraryThere(List<String> args, String says) {
        Path typo = work.resolve("librray");

        assertOneUsageLine(CliRun.of(typo, args.toArray(String[]::new)), says);
        assertThat(typo).as("no library made for a command that was not run").doesNotExist();
    }

    private static void assertOneUsageLine(CliRun run, String says) {
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("paperfeed: ").contains(says);
    }
}
