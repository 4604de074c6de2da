package org.paperfeed.cli;

import org.paperfeed.app.ManageSources;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "disable", description = "Leave a source out of 'refresh' (naming it still refreshes it).")
final class SourcesDisableCommand extends UseCaseCommand<ManageSources> {

    SourcesDisableCommand() {
        super(UseCase.SOURCES);
    }

    @Parameters(paramLabel = "NAME", description = "The source's name (case does not matter)")
    String name;

    @Override
    void checkUsage() {
        refuseEmpty(name, "NAME cannot be empty");
    }

    @Override
    int run(ManageSources sources) throws PaperFeedException {
        out().println(PaperLines.oneLine(sources.disable(name).name()) + ": disabled");
        return 0;
    }
}
