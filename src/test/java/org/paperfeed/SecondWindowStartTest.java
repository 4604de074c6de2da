package org.paperfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.WindowHandoff;

/**
 * Starting the window on a library another process holds, as a user does from the menu: a second JVM runs the jar's
 * entry point while this one holds the library, and must end at once with exit status 0 and one line.
 */
class SecondWindowStartTest {

    @TempDir
    Path dir;

    @Test
    void theSecondStartBringsTheOpenWindowForwardAndEnds() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        CountDownLatch forwarded = new CountDownLatch(1);
        try (AppServices holder = AppServices.open(folder, Clock.systemDefaultZone());
             WindowHandoff.Listener listener = WindowHandoff.listen(holder.folder(), forwarded::countDown)) {
            Result second = startWindow(folder);

            assertThat(second.status).isZero();
            assertThat(second.out.strip()).isEqualTo(WindowHandoff.Outcome.BROUGHT_FORWARD.message());
            assertThat(forwarded.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void whenTheOpenWindowCannotBeReachedTheSecondStartSaysSoInOneLineAndEnds() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        // Held without a hand-off file, as when the holder could not write one (read-only media).
        try (AppServices holder = AppServices.open(folder, Clock.systemDefaultZone())) {
            Result second = startWindow(folder);

            assertThat(second.status).isZero();
            assertThat(second.out.strip()).isEqualTo(WindowHandoff.Outcome.UNREACHABLE.message());
        }
    }

    private record Result(int status, String out) {
    }

    /** The jar's entry point with no command, in its own JVM, on the headless toolkit the window tests use. */
    private Result startWindow(DataFolder folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless", "testfx.headless")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of(Launcher.class.getName(), "--data-dir", folder.path().toString()));
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second start did not end: " + Files.readString(dir.resolve("err.txt")));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
