package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "tag", description = "Add tags to a paper (tags are case-insensitive).")
final class TagCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "arXiv id or t-… id")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG", description = "Tags to add")
    List<String> tags;

    @Override
    int run(AppServices app) throws PaperFeedException {
        out().println(PaperLines.line(app.marks().tag(id, tags)));
        return 0;
    }
}
