package org.paperfeed.cli;

import java.io.IOException;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.model.PaperFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List papers, newest first: ★ starred, • unread.")
final class ListCommand extends LibraryCommand {

    @Option(names = "--starred", description = "Only starred papers")
    boolean starred;

    @Option(names = "--unread", description = "Only unread papers")
    boolean unread;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only papers with this tag")
    String tag;

    @Option(names = "--limit", description = "At most this many papers (default: all)")
    Integer limit;

    @Mixin
    JsonOption json;

    @Override
    int run(AppServices app) throws PaperFeedException {
        if (limit != null && limit < 1) {
            throw CliErrors.usage(spec, "--limit must be at least 1");
        }
        // Streamed a page at a time: a library of a million papers lists in the memory of one page.
        int max = limit != null ? limit : Integer.MAX_VALUE;
        PaperFilter filter = new PaperFilter(starred, unread, tag);
        if (json.json) {
            app.exports().export(ExportFormat.JSON, filter, max, out());
        } else {
            try {
                app.search().forEach(filter, max, p -> out().println(PaperLines.line(p)));
            } catch (IOException e) {
                throw new PaperFeedException("the list could not be printed: " + e.getMessage(), e);
            }
        }
        return 0;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
