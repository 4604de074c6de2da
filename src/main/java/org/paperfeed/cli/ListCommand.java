package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.export.PaperJson;
import org.paperfeed.model.LibraryPaper;
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
            throw usage("--limit must be at least 1");
        }
        int max = limit != null ? limit : Math.max(1, app.search().size());
        List<LibraryPaper> papers = app.search().list(new PaperFilter(starred, unread, tag), max);
        if (json.json) {
            JsonOutput.print(out(), papers.stream().map(PaperJson::of).toList());
        } else {
            papers.forEach(p -> out().println(PaperLines.line(p)));
        }
        return 0;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
