package org.paperfeed.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.library.LibraryLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per library. The window that holds a library listens on a loopback port and writes the port and a
 * random token beside the library's lock ({@code <data>/library/window-handoff.properties}); a second window start
 * on the same library sends the token, the holder brings its window forward, and the second start ends. The token
 * keeps another local program from poking the window by guessing the port; nothing but "come forward" is ever asked.
 * No JavaFX here: the window passes what "forward" means as a {@link Runnable}.
 */
public final class WindowHandoff {

    static final String FILE_NAME = "window-handoff.properties";
    private static final String REQUEST = "PAPERFEED-FORWARD ";
    private static final String ANSWER = "OK";
    private static final int TIMEOUT_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(WindowHandoff.class);

    private WindowHandoff() {
    }

    /** What a second window start learned; {@link #message()} is the one line to tell the user. */
    public enum Outcome {
        /** No window answered: this start may open the library itself. */
        NO_WINDOW(""),
        BROUGHT_FORWARD("PaperFeed is already open on this library: its window was brought forward"),
        /** The library is held, but its window could not be reached (read-only media, a stale file, no answer). */
        UNREACHABLE("PaperFeed is already open on this library in another process, and its window did not answer; "
                + "switch to it, or close it and start again");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** True when {@code e} says another process holds the library: the window then asks it to come forward. */
    public static boolean heldElsewhere(PaperFeedException e) {
        return e.getCause() instanceof LibraryLockedException;
    }

    /**
     * Asks the window holding {@code folder}'s library to come forward. {@link Outcome#NO_WINDOW} when there is no
     * hand-off file or nobody answers at its port (a window that crashed leaves the file behind: this start opens
     * the library and writes its own).
     */
    public static Outcome bringForward(DataFolder folder) {
        Properties saved = new Properties();
        try {
            saved.load(new StringReader(Files.readString(file(folder), StandardCharsets.UTF_8)));
            int port = Integer.parseInt(saved.getProperty("port", ""));
            String token = saved.getProperty("token", "");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write((REQUEST + token + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                return ANSWER.equals(answer) ? Outcome.BROUGHT_FORWARD : Outcome.NO_WINDOW;
            }
        } catch (NoSuchFileException e) {
            return Outcome.NO_WINDOW;
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("No window answered for {}: {}", folder.path(), e.toString());
            return Outcome.NO_WINDOW;
        }
    }

    /**
     * Listens for second starts on a loopback port and writes where, beside the library's lock; call it once the
     * library is open (the lock is held). Blocking I/O: never on the FX thread.
     *
     * @param forward what to do when a second start asks, on the listening thread
     * @throws IOException when the file cannot be written (read-only media): the window works on, but a second start
     *                     will say it could not reach it
     */
    public static Listener listen(DataFolder folder, Runnable forward) throws IOException {
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        try {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Properties saved = new Properties();
            saved.setProperty("port", Integer.toString(server.getLocalPort()));
            saved.setProperty("token", token);
            StringWriter text = new StringWriter();
            saved.store(text, "PaperFeed's open window: a second start asks it to come forward");
            DurableFiles.write(file(folder), text.toString().getBytes(StandardCharsets.UTF_8));
            Listener listener = new Listener(server, file(folder), token, forward);
            listener.start();
            return listener;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    static Path file(DataFolder folder) {
        return folder.library().resolve(FILE_NAME);
    }

    /** The holder's side: answers second starts until closed, then removes its file. */
    public static final class Listener implements AutoCloseable {

        private final ServerSocket server;
        private final Path file;
        private final byte[] token;
        private final Runnable forward;
        private final Thread thread;

        private Listener(ServerSocket server, Path file, String token, Runnable forward) {
            this.server = server;
            this.file = file;
            this.token = (REQUEST + token).getBytes(StandardCharsets.US_ASCII);
            this.forward = forward;
            this.thread = new Thread(this::serve, "paperfeed-window-handoff");
            this.thread.setDaemon(true);
        }

        private void start() {
            thread.start();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(TIMEOUT_MILLIS);
                    if (answer(socket)) {
                        forward.run();
                    }
                } catch (SocketTimeoutException e) {
                    LOG.debug("A window hand-off request timed out");
                } catch (IOException e) {
                    if (!server.isClosed()) {
                        LOG.debug("A window hand-off request failed: {}", e.toString());
                    }
                }
            }
        }

        private boolean answer(Socket socket) throws IOException {
            // One short line: a line longer than the request is not ours, and is not read further.
            byte[] line = socket.getInputStream().readNBytes(token.length + 1);
            boolean valid = line.length == token.length + 1 && line[token.length] == '\n'
                    && MessageDigest.isEqual(java.util.Arrays.copyOf(line, token.length), token);
            socket.getOutputStream().write(((valid ? ANSWER : "NO") + "\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return valid;
        }

        /** The port it listens on; for tests. */
        int port() {
            return server.getLocalPort();
        }

        /** Stops listening and removes the file, so the next start does not knock at a closed port. */
        @Override
        public void close() throws IOException {
            server.close();
            Files.deleteIfExists(file);
        }
    }
}
