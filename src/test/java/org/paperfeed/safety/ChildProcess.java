package org.paperfeed.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LibraryWorkload} in its own JVM on the test class path, its stdout collected line by line and its stderr
 * kept in a file, for the message when it fails by itself.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Path errors;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readLines, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                LibraryWorkload.class.getName()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("paperfeed-child", ".err");
        return new ChildProcess(new ProcessBuilder(command).redirectError(errors.toFile()).start(), errors);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process died mid-line: what was read is what it said
        }
    }

    /** Waits until the child printed {@code line}; false if it did not within the time or died first. */
    boolean awaitLine(String line, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (lines) {
            while (!lines.contains(line)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    return lines.contains(line);
                }
                lines.wait(Math.min(left, 50));
            }
            return true;
        }
    }

    /** SIGKILL on Linux and macOS: no shutdown hook, no finally block, no flush runs. Returns once it is dead. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * The child's threads as {@code jcmd Thread.print} gives them, for a failure message that tells a child stuck in
     * a lock from one slowed by a loaded machine; a line saying why when they cannot be had.
     */
    String threadDump() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
            byte[] out = jcmd.getInputStream().readAllBytes();
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the child's stdin, which tells a {@code hold} child to close the library and exit. */
    int closeInputAndWait() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not exit when its input closed");
        }
        return process.exitValue();
    }

    /** The last lines the child wrote to stderr. */
    String errors() throws IOException {
        List<String> all = Files.readAllLines(errors, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(errors);
    }
}
