package org.paperfeed.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.paperfeed.ingest.DigestSize;

/**
 * The bytes of a digest that is not a regular file: standard input ({@code -} or {@code /dev/stdin}) or a named FIFO,
 * each read once to its end and at most {@link ImportPapers#MAX_FILE_BYTES}. A terminal or a device on standard
 * input, a device named as a file, and a FIFO nothing writes to are refused in one line instead of hanging or reading
 * {@code /dev/zero} until memory runs out.
 */
final class DigestInput {

    /** The usual path of standard input on Unix: a link to what it really is (a pipe, a file, a terminal). */
    static final Path STANDARD_INPUT = Path.of("/dev/stdin");
    /** How long a named FIFO may wait for a writer before the import gives up on it. */
    static final Duration FIFO_WAIT = Duration.ofSeconds(10);

    private DigestInput() {
    }

    /** True for the names that mean standard input. */
    static boolean isStandardInput(Path file) {
        return file.toString().equals("-") || file.toString().equals(STANDARD_INPUT.toString());
    }

    /** Standard input to its end; {@code kind} is what it is (a pipe, a file, a terminal…). */
    static byte[] readStandardInput(InputStream in, FileKind kind, String origin) throws ImportFailedException {
        if (kind == FileKind.CHARACTER_DEVICE || kind == FileKind.BLOCK_DEVICE || kind == FileKind.FOLDER) {
            throw new ImportFailedException(origin + ": is a terminal or a device, not a digest; pipe or redirect "
                    + "a file into it (paperfeed import - < digest.json)", null);
        }
        return readCapped(in, origin);
    }

    /** The whole of a named FIFO, once a writer opened it within {@code wait}. */
    static byte[] readFifo(Path fifo, Duration wait, String origin) throws ImportFailedException {
        // Opening a FIFO blocks until a writer opens it, and Java cannot open without blocking: open on a thread.
        CompletableFuture<InputStream> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(Files.newInputStream(fifo));
            } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "open " + fifo.getFileName());
        opener.setDaemon(true);
        opener.start();
        InputStream in;
        try {
            in = opening.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            releaseOpener(fifo, opening);
            throw new ImportFailedException(origin + ": is a FIFO and nothing wrote to it within "
                    + wait.toSeconds() + " seconds", null);
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof IOException io ? FileProblems.describe(io) : e.getCause().getMessage();
            throw new ImportFailedException(origin + ": cannot be read: " + why, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            releaseOpener(fifo, opening);
            throw new ImportFailedException(origin + ": interrupted while waiting for a writer", e);
        }
        try (InputStream fifoIn = in) {
            return readCapped(fifoIn, origin);
        } catch (IOException e) {
            throw new ImportFailedException(origin + ": cannot be read: " + FileProblems.describe(e), e);
        }
    }

    /** Lets the thread blocked opening the FIFO go: being its writer for a moment completes its open with no data. */
    private static void releaseOpener(Path fifo, CompletableFuture<InputStream> opening) {
        try (OutputStream writer = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
            writer.flush();
        } catch (IOException e) {
            // nothing more to do: the thread is a daemon
        }
        opening.thenAccept(in -> {
            try {
                in.close();
            } catch (IOException e) {
                // it read nothing
            }
        });
    }

    private static byte[] readCapped(InputStream in, String origin) throws ImportFailedException {
        byte[] content;
        try {
            content = in.readNBytes((int) ImportPapers.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new ImportFailedException(origin + ": cannot be read: " + FileProblems.describe(e), e);
        }
        if (content.length > ImportPapers.MAX_FILE_BYTES) {
            throw new ImportFailedException(origin + ": " + DigestSize.tooLarge(), null);
        }
        return content;
    }
}
