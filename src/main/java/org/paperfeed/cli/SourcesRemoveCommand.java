package org.paperfeed.cli;

import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a source; the papers it brought stay in the library.")
final class SourcesRemoveCommand extends LibraryCommand {

    @Parameters(paramLabel = "NAME", description = "The source's name as 'sources' lists it (case does not matter)")
    String name;

    @Override
    int run(AppServices app) throws PaperFeedException {
        out().println("removed " + PaperLines.oneLine(app.sources().remove(name).name()));
        return 0;
    }
}
