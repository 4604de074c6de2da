package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two window starts on one library, over loopback in one JVM: the second brings the first forward. */
class WindowHandoffTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartBringsTheHolderForwardThroughTheFileBesideTheLock() throws Exception {
        DataFolder folder = new DataFolder(dir);
        CountDownLatch forwarded = new CountDownLatch(1);
        try (WindowHandoff.Listener holder = WindowHandoff.listen(folder, forwarded::countDown)) {
            assertThat(dir.resolve("library/window-handoff.properties")).exists()
                    .content().contains("port=" + holder.port());

            assertThat(WindowHandoff.bringForward(folder)).isEqualTo(WindowHandoff.Outcome.BROUGHT_FORWARD);
            assertThat(forwarded.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(dir.resolve("library/window-handoff.properties")).doesNotExist();
        assertThat(WindowHandoff.bringForward(folder)).isEqualTo(WindowHandoff.Outcome.NO_WINDOW);
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedAndTheWindowStaysWhereItIs() throws Exception {
        DataFolder folder = new DataFolder(dir);
        AtomicInteger forwarded = new AtomicInteger();
        try (WindowHandoff.Listener holder = WindowHandoff.listen(folder, forwarded::incrementAndGet)) {
            Path file = dir.resolve("library/window-handoff.properties");
            String guessed = Files.readString(file).replaceAll("token=\\w+", "token=0123456789abcdef0123456789abcdef");
            Files.writeString(file, guessed, StandardCharsets.UTF_8);

            assertThat(WindowHandoff.bringForward(folder)).isEqualTo(WindowHandoff.Outcome.NO_WINDOW);
            // The right token still works afterwards: a bad request does not stop the listener.
            CountDownLatch later = new CountDownLatch(1);
            try (WindowHandoff.Listener second = WindowHandoff.listen(new DataFolder(dir.resolve("other")),
                    later::countDown)) {
                assertThat(WindowHandoff.bringForward(new DataFolder(dir.resolve("other"))))
                        .isEqualTo(WindowHandoff.Outcome.BROUGHT_FORWARD);
                assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(forwarded.get()).isZero();
    }

    @Test
    void aFileLeftByAWindowThatDiedLetsTheNextStartOpenTheLibrary() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        Files.createDirectories(dir.resolve("library"));
        Files.writeString(dir.resolve("library/window-handoff.properties"),
                "port=" + closedPort + "\ntoken=0123456789abcdef0123456789abcdef\n");

        assertThat(WindowHandoff.bringForward(new DataFolder(dir))).isEqualTo(WindowHandoff.Outcome.NO_WINDOW);
    }

    @Test
    void aGarbledFileOrNoneMeansNoWindow() throws Exception {
        assertThat(WindowHandoff.bringForward(new DataFolder(dir))).isEqualTo(WindowHandoff.Outcome.NO_WINDOW);
        Files.createDirectories(dir.resolve("library"));
        Files.writeString(dir.resolve("library/window-handoff.properties"), "port=not a number\n");
        assertThat(WindowHandoff.bringForward(new DataFolder(dir))).isEqualTo(WindowHandoff.Outcome.NO_WINDOW);
    }

    @Test
    void aLibraryFolderThatCannotBeWrittenIsReportedAndLeavesNoPortOpen() throws Exception {
        // "library" is a file here, so nothing can be written beside the lock (as on read-only media).
        Files.writeString(dir.resolve("library"), "not a folder");

        assertThatThrownBy(() -> WindowHandoff.listen(new DataFolder(dir), () -> { }))
                .isInstanceOf(IOException.class);
        assertThat(WindowHandoff.bringForward(new DataFolder(dir))).isEqualTo(WindowHandoff.Outcome.NO_WINDOW);
    }

    @Test
    void aLibraryOpenElsewhereIsRecognisedFromTheOpenFailure() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppServices first = AppServices.open(folder, Clock.systemDefaultZone())) {
            PaperFeedException locked = null;
            try (AppServices second = AppServices.open(folder, Clock.systemDefaultZone())) {
                assertThat(second).isNull();
            } catch (PaperFeedException e) {
                locked = e;
            }
            assertThat(locked).isNotNull();
            assertThat(WindowHandoff.heldElsewhere(locked)).isTrue();
        }
        assertThat(WindowHandoff.heldElsewhere(new PaperFeedException("the disk is full", null))).isFalse();
    }
}
