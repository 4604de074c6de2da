package org.paperfeed.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.PaperFeedException;

/**
 * Opens the library on a thread of its own while JavaFX starts its toolkit (display connection, graphics pipeline,
 * fonts), which it does before calling {@code Application.init}: on two cores the index open and the toolkit's start
 * then overlap instead of following each other. Only for a start from the command line
 * ({@link PaperFeedWindow#launch}); {@link PaperFeedApplication#init} takes the result, or opens the library itself
 * when none was started for its arguments (tests).
 */
final class EarlyOpen {

    private static final AtomicReference<EarlyOpen> STARTED = new AtomicReference<>();

    private final List<String> args;
    private final CompletableFuture<AppServices> opened = new CompletableFuture<>();
    /** Shows a rebuild the open starts, once the toolkit runs. */
    private final RebuildWindow rebuild = new RebuildWindow();

    private EarlyOpen(List<String> args) {
        this.args = List.copyOf(args);
    }

    static void start(String[] args) {
        EarlyOpen early = new EarlyOpen(List.of(args));
        STARTED.set(early);
        Thread opener = new Thread(() -> {
            try {
                early.opened.complete(open(Startup.fromArgs(early.args), early.rebuild));
            } catch (PaperFeedException | RuntimeException e) {
                early.opened.completeExceptionally(e);
            }
        }, "paperfeed-open");
        // Never what keeps the process alive: if the window cannot start, the launcher ends the process.
        opener.setDaemon(true);
        opener.start();
    }

    /** The library as {@code init} opens it, telling {@code rebuild} if its index must be rebuilt first. */
    static AppServices open(Startup startup, RebuildWindow rebuild) throws PaperFeedException {
        // The first rows need no index writer: it is opened after them (PaperFeedApplication, AfterFirstRows).
        return AppServices.openReadingFirst(DataFolder.resolve(startup.dataDir()), startup.clock(), startup.refresh(),
                rebuild);
    }

    /** The window that shows a rebuild of the open started for exactly these arguments; empty when none was. */
    static Optional<RebuildWindow> rebuildWindow(List<String> args) {
        EarlyOpen early = STARTED.get();
        return early != null && early.args.equals(args) ? Optional.of(early.rebuild) : Optional.empty();
    }

    /**
     * The library opened early for exactly these arguments, waiting for it if need be (once: a later call opens
     * afresh); empty when none was started for them.
     *
     * @throws PaperFeedException what opening it threw, as {@link AppServices#open} throws it
     */
    static Optional<AppServices> take(List<String> args) throws PaperFeedException {
        EarlyOpen early = STARTED.get();
        if (early == null || !early.args.equals(args) || !STARTED.compareAndSet(early, null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(early.opened.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PaperFeedException failure) {
                throw failure;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaperFeedException("interrupted while opening the library", e);
        }
    }
}
