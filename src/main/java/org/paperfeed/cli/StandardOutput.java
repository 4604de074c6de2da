package org.paperfeed.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Standard output that does not hide a write it could not do. {@code System.out} (a {@code PrintStream}) and the
 * {@code PrintWriter}s the commands print through swallow every {@code IOException}: {@code export > backup.json} on
 * a full disk exited 0 with the backup cut short, and {@code list | head -1} walked the rest of a 144,468-paper library
 * for half a minute after {@code head} had gone. Here the first failed write throws {@link Failed}, an unchecked
 * exception the writer lets through, so the command stops at once; {@code PaperFeedCli} then ends it as
 * {@link #status} says.
 */
final class StandardOutput extends OutputStream {

    /** The exit status of a command whose reader went away ({@code | head}): 128 + SIGPIPE, as other Unix tools. */
    static final int CLOSED_PIPE = 141;

    /** A write to standard output failed; carries the {@code IOException}. */
    static final class Failed extends UncheckedIOException {

        Failed(IOException cause) {
            super(cause);
        }
    }

    private final OutputStream target;
    private IOException failure;

    StandardOutput(OutputStream target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        check();
        try {
            target.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() {
        check();
        try {
            target.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Once a write failed, every later one fails the same way without touching the stream again. */
    private void check() {
        if (failure != null) {
            throw new Failed(failure);
        }
    }

    private Failed failed(IOException e) {
        failure = e;
        return new Failed(e);
    }

    /** True when {@code e}, or what it was caused by, is a failed write to standard output. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Failed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exit status after the command returned {@code status}: unchanged when every write went through;
     * {@link #CLOSED_PIPE}, with nothing said, when the reader closed the pipe (the reader chose to stop reading; it is
     * not the command's failure to report); else a failure, said in one line on {@code err}.
     */
    int status(int status, java.io.PrintWriter err) {
        if (failure == null) {
            return status;
        }
        if (closedPipe(failure)) {
            return CLOSED_PIPE;
        }
        err.println("paperfeed: could not write the output: " + PaperLines.oneLine(String.valueOf(
                failure.getMessage())));
        return ExitCodes.FAILED;
    }

    /** "Broken pipe" (Linux, macOS), "The pipe is being closed" / "The pipe has been ended" (Windows). */
    private static boolean closedPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("pipe");
    }
}
