package org.paperfeed.cli;

import org.paperfeed.app.ManageSources;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "enable", description = "Include a source in 'refresh' again.")
final class SourcesEnableCommand extends UseCaseCommand<ManageSources> {

    SourcesEnableCommand() {
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
        out().println(PaperLines.oneLine(sources.enable(name).name()) + ": enabled");
        return 0;
    }
}
