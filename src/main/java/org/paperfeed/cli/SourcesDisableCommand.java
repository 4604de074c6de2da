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
        boolean already = Boolean.FALSE.equals(SourcesEnableCommand.isEnabled(sources, name));
        String named = PaperLines.oneLine(sources.disable(name).name());
        out().println(named + (already ? ": already disabled" : ": disabled"));
        return 0;
    }
}
