package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.DataFolder;
import org.paperfeed.cli.CliRun;

/**
 * A library on read-only media (a backup drive, a share mounted read-only) opens read-only with its own line, not
 * the one for a second process: every reading command prints what it printed while the disk was writable, and every
 * change is refused in one line that says why. On a real read-only tmpfs (skipped, with the reason, where one cannot
 * be mounted); and, where the tests do not run as root, in a folder without write permission.
 */
class ReadOnlyMediaTest {

    static final String MEDIA_LINE = "paperfeed: the library is on read-only media; showing it read-only";
    private static final List<List<String>> READING = List.of(List.of("list"), List.of("list", "--json"),
            List.of("list", "--starred"), List.of("show", Corpus.id(0)), List.of("show", Corpus.id(1), "--json"),
            List.of("search", "durable"), List.of("search", "is:starred", "--json"), List.of("tags"),
            List.of("days"), List.of("export", "--format", "bibtex"), List.of("export"));

    @TempDir
    Path work;

    @Test
    void onAReadOnlyMountEveryReadingCommandWorksAndSaysSoAndEveryChangeIsRefused() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(work.resolve("disk"), 8)) {
            Path inputs = work.resolve("inputs");
            Corpus.write(inputs);
            DataFolder data = new DataFolder(disk.path().resolve("data"));
            Corpus.importAndMark(inputs, data);
            Map<List<String>, String> writable = outputs(data);

            disk.remountReadOnly();

            for (List<String> command : READING) {
                CliRun run = CliRun.of(data.path(), command.toArray(String[]::new));
                assertThat(run.status()).as(command + ": " + run.err()).isZero();
                assertThat(run.err().lines().filter(l -> l.startsWith("paperfeed:")).toList()).as(command.toString())
                        .containsExactly(MEDIA_LINE);
                assertThat(run.out()).as(command.toString()).isEqualTo(writable.get(command));
            }
            assertChangesRefused(data, inputs, "is on read-only media; it cannot be changed");
        }
    }

    @Test
    void inAFolderWithoutWritePermissionReadingWorksAndChangesAreRefused() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write to any folder: the permission case is for a user without that right");
        Path inputs = work.resolve("inputs");
        Corpus.write(inputs);
        DataFolder data = new DataFolder(work.resolve("data"));
        Corpus.importAndMark(inputs, data);
        Map<List<String>, String> writable = outputs(data);
        Path library = data.library();
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (List<String> command : READING) {
                CliRun run = CliRun.of(data.path(), command.toArray(String[]::new));
                assertThat(run.status()).as(command + ": " + run.err()).isZero();
                assertThat(run.err().lines().filter(l -> l.startsWith("paperfeed:")).toList()).as(command.toString())
                        .containsExactly("paperfeed: the library is in a folder you cannot write to; showing it "
                                + "read-only");
                assertThat(run.out()).as(command.toString()).isEqualTo(writable.get(command));
            }
            assertChangesRefused(data, inputs, "is in a folder you cannot write to; it cannot be changed");
        } finally {
            Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static Map<List<String>, String> outputs(DataFolder data) {
        Map<List<String>, String> outputs = new LinkedHashMap<>();
        for (List<String> command : READING) {
            CliRun run = CliRun.of(data.path(), command.toArray(String[]::new));
            assertThat(run.status()).as(command + ": " + run.err()).isZero();
            outputs.put(command, run.out());
        }
        return outputs;
    }

    private static void assertChangesRefused(DataFolder data, Path inputs, String why) {
        for (List<String> change : List.of(List.of("star", Corpus.id(2)), List.of("tag", Corpus.id(2), "ideas"),
                List.of("read", Corpus.id(2)), List.of("mute", "add", "title:survey"),
                List.of("import", Corpus.file(inputs, 1).toString()), List.of("refresh"))) {
            CliRun run = CliRun.of(data.path(), change.toArray(String[]::new));
            assertThat(run.status()).as(change + ": " + run.out()).isEqualTo(1);
            assertThat(run.err().lines().toList()).as(change.toString()).hasSize(1).first().asString()
                    .startsWith("paperfeed: ").contains(why);
        }
    }
}
