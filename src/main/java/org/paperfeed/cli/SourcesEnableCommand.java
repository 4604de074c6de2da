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
        boolean already = Boolean.TRUE.equals(isEnabled(sources, name));
        String named = PaperLines.oneLine(sources.enable(name).name());
        out().println(named + (already ? ": already enabled" : ": enabled"));
        return 0;
    }

    /**
     * Whether the source {@code name} names is enabled now, null when none is: "already disabled" tells a script's
     * author the command changed nothing, where "disabled" had read as if it had.
     */
    static Boolean isEnabled(ManageSources sources, String name) throws PaperFeedException {
        return sources.list().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .map(org.paperfeed.app.sources.SourceInfo::enabled).orElse(null);
    }
}
