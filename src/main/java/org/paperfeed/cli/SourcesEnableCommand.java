package org.paperfeed.cli;

import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "enable", description = "Include a source in 'refresh' again.")
final class SourcesEnableCommand extends LibraryCommand {

    @Parameters(paramLabel = "NAME", description = "The source's name (case does not matter)")
    String name;

    @Override
    int run(AppServices app) throws PaperFeedException {
        out().println(PaperLines.oneLine(app.sources().enable(name).name()) + ": enabled");
        return 0;
    }
}
