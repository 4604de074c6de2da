package org.paperfeed.cli;

import org.paperfeed.app.ManageSources;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a source; the papers it brought stay in the library.")
final class SourcesRemoveCommand extends UseCaseCommand<ManageSources> {

    SourcesRemoveCommand() {
        super(UseCase.SOURCES);
    }

    @Parameters(paramLabel = "NAME", description = "The source's name as 'sources' lists it (case does not matter)")
    String name;

    @Override
    void checkUsage() {
        refuseEmpty(name, "NAME cannot be empty");
    }

    @Override
    int run(ManageSources sources) throws PaperFeedException {
        out().println("removed " + PaperLines.oneLine(sources.remove(name).name()));
        return 0;
    }
}
