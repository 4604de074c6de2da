package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "untag", description = "Remove tags from a paper.")
final class UntagCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "arXiv id or t-… id")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG", description = "Tags to remove")
    List<String> tags;

    @Override
    int run(AppServices app) throws PaperFeedException {
        out().println(PaperLines.line(app.marks().untag(id, tags)));
        return 0;
    }
}
