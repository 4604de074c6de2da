package org.paperfeed.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the library: opens it, runs, closes it, and reports failures as one line. */
abstract class LibraryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws PaperFeedException {
        // The root, not the parent: under "sources add" the parent is "sources".
        PaperFeedCli root = (PaperFeedCli) spec.root().userObject();
        if (root.dataDir != null && root.dataDir.toString().isBlank()) {
            // Path.of("") is the current folder: a library would be made wherever the command happened to run
            throw CliErrors.usage(spec, "--data-dir needs a folder; it was empty");
        }
        DataFolder folder = DataFolder.resolve(root.dataDir);
        Clock clock = Clock.systemDefaultZone();
        try (AppServices app = readsOnly() ? AppServices.openForReading(folder, clock) : AppServices.open(folder, clock)) {
            app.recovered().ifPresent(recovered -> err().println("paperfeed: " + recovered.message()));
            if (app.readOnly() && readsOnly()) {
                err().println("paperfeed: " + app.readOnlyReason().orElse("the library is read-only"));
            }
            return run(app);
        }
    }

    /** Commands that only read may work on a read-only view when another process has the library open. */
    boolean readsOnly() {
        return false;
    }

    abstract int run(AppServices app) throws PaperFeedException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
