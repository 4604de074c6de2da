package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;

/**
 * A command that only reads, pointed at a folder that does not exist (a mistyped {@code --data-dir}, a library on a
 * backup drive that is not mounted), says there is no library there and makes none: as filed it made a library there,
 * listed nothing and exited 0, so {@code export > backup.json} wrote an empty backup that looked like a good one.
 * Commands that add papers make the library as before; an empty folder, or an empty library, lists nothing and
 * succeeds.
 */
class NoLibraryThereTest {

    private static final List<List<String>> READING = List.of(List.of("list"), List.of("list", "--json"),
            List.of("list", "--day", "latest"), List.of("search", "model"), List.of("search", "model", "--json"),
            List.of("show", "2403.01234"), List.of("tags", "--json"), List.of("export"),
            List.of("export", "--format", "bibtex"), List.of("days", "--json"), List.of("mute", "--json"),
            List.of("sources", "--json"), List.of("recommend"), List.of("note", "2403.01234"),
            List.of("mute", "add", "title:survey", "--dry-run"));

    @TempDir
    Path work;

    @Test
    void aFolderThatDoesNotExistIsSaidAndNotMade() {
        Path typo = work.resolve("librray");
        for (List<String> command : READING) {
            CliRun run = CliRun.of(typo, command.toArray(String[]::new));

            assertThat(run.status()).as("%s", command).isEqualTo(ExitCodes.FAILED);
            assertThat(run.out()).as("%s", command).isEmpty();
            assertThat(run.err().lines().toList()).as("%s", command).containsExactly("paperfeed: there is no library in "
                    + typo + ": the folder does not exist (the window, an import or a refresh makes one)");
            assertThat(typo).as("%s", command).doesNotExist();
        }
    }

    @Test
    void aLibraryOnADriveThatIsNotMountedIsSaidAndTheMountPointLeftEmpty() throws Exception {
        Path mountPoint = Files.createDirectory(work.resolve("backup-drive"));
        Path library = mountPoint.resolve("paperfeed");
        for (List<String> command : READING) {
            CliRun run = CliRun.of(library, command.toArray(String[]::new));

            assertThat(run.status()).as("%s", command).isEqualTo(ExitCodes.FAILED);
            assertThat(run.out()).as("%s", command).isEmpty();
            assertThat(run.err()).as("%s", command).startsWith("paperfeed: there is no library in " + library);
            try (var entries = Files.list(mountPoint)) {
                assertThat(entries).as("%s", command).isEmpty();
            }
        }
    }

    /** A mark needs a paper: on a mistyped folder the command failed, but left an empty library there. */
    @Test
    void aMarkOnAFolderThatDoesNotExistIsRefusedAndMakesNoLibrary() {
        Path typo = work.resolve("librray");
        for (List<String> command : List.of(List.of("star", "2403.01234"), List.of("unstar", "2403.01234"),
                List.of("read", "2403.01234"), List.of("unread", "2403.01234"), List.of("tag", "2403.01234", "x"),
                List.of("untag", "2403.01234", "x"), List.of("not-interested", "2403.01234"),
                List.of("interested", "2403.01234"), List.of("note", "2403.01234", "a", "note"),
                List.of("note", "2403.01234", "--clear"))) {
            CliRun run = CliRun.of(typo, command.toArray(String[]::new));

            assertThat(run.status()).as("%s", command).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines().toList()).as("%s", command).containsExactly("paperfeed: there is no library in "
                    + typo + ": the folder does not exist (the window, an import or a refresh makes one)");
            assertThat(typo).as("%s", command).doesNotExist();
        }
    }

    @Test
    void importMakesTheLibraryAndAnEmptyFolderOrLibraryListsNothing() throws Exception {
        Path emptyFolder = Files.createDirectory(work.resolve("empty-folder"));
        assertThat(CliRun.of(emptyFolder, "list", "--json").out().strip()).isEqualTo("[ ]");
        Path empty = work.resolve("empty");
        AppServices.open(new DataFolder(empty), Clock.systemDefaultZone()).close();
        for (List<String> command : List.of(List.of("list", "--json"), List.of("days", "--json"),
                List.of("search", "model", "--json"), List.of("tags", "--json"), List.of("export"))) {
            CliRun run = CliRun.of(empty, command.toArray(String[]::new));
            assertThat(run.status()).as("%s", command).isZero();
            assertThat(run.out().strip()).as("%s", command).isEqualTo("[ ]");
        }

        Path page = work.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        Path fresh = work.resolve("new-library");
        assertThat(CliRun.of(fresh, "import", page.toString()).status()).isZero();
        assertThat(CliRun.of(fresh, "list", "--json").json()).hasSize(74);
    }
}
