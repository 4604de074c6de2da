package org.paperfeed.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small {@code tmpfs} mounted on a folder of the test's own, for tests of a full disk and of read-only media. Needs
 * root (CI runs as root); elsewhere the test is skipped with the reason. Never touches a mount it did not make.
 */
final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private boolean mounted;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code mountPoint} (made if missing), or skips the test saying why. */
    static SmallDisk mount(Path mountPoint, int megabytes) throws Exception {
        Files.createDirectories(mountPoint);
        SmallDisk disk = new SmallDisk(mountPoint);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString()),
                "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        disk.mounted = true;
        return disk;
    }

    Path path() {
        return mountPoint;
    }

    /** Remounts the disk read-only (as a backup drive or a locked-down share is), keeping what is on it. */
    void remountReadOnly() throws Exception {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IllegalStateException("could not remount " + mountPoint + " read-only");
        }
    }

    /**
     * Fills the disk with a file of its own until the kernel says "no space left", then frees {@code leaveBytes}
     * of it again (rounded to the disk's pages by the kernel).
     */
    void fill(long leaveBytes) throws IOException {
        Path filler = mountPoint.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: what we wanted
        }
        if (leaveBytes > 0) {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(filler,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(Math.max(0, Files.size(filler) - leaveBytes));
            }
        }
    }

    /** Frees the space {@link #fill} took. */
    void free() throws IOException {
        Files.deleteIfExists(mountPoint.resolve("filler"));
    }

    @Override
    public void close() throws Exception {
        if (mounted) {
            // lazily: a file the test still has open must not keep the mount behind
            run("umount", "-l", mountPoint.toString());
            mounted = false;
        }
    }

    static boolean run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }
}
