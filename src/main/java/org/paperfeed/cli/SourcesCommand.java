package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.ManageSources;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.sources.SourceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sources", description = "List the sources 'refresh' fetches, with how their last refresh went.",
        subcommands = {SourcesAddCommand.class, SourcesRemoveCommand.class, SourcesEnableCommand.class,
                SourcesDisableCommand.class})
final class SourcesCommand extends UseCaseCommand<ManageSources> {

    SourcesCommand() {
        super(UseCase.SOURCES);
    }

    @Mixin
    JsonOption json;

    @Override
    int run(ManageSources manage) throws PaperFeedException {
        List<SourceInfo> sources = manage.list();
        if (json.json) {
            JsonOutput.print(out(), sources.stream().map(SourceJson::of).toList());
            return 0;
        }
        // Widths in the columns a terminal draws: a source named in Chinese or Japanese keeps the table in line.
        int nameWidth = Math.max(4, sources.stream()
                .mapToInt(s -> TerminalColumns.width(PaperLines.oneLine(s.name()))).max().orElse(0));
        int urlWidth = Math.max(3, sources.stream()
                .mapToInt(s -> TerminalColumns.width(PaperLines.oneLine(s.url()))).max().orElse(0));
        String row = "%s  %-3s  %-13s  %s  %s%n";
        out().printf(row, TerminalColumns.padRight("NAME", nameWidth), "ON", "FORMAT",
                TerminalColumns.padRight("URL", urlWidth), "LAST REFRESH");
        for (SourceInfo s : sources) {
            out().printf(row, TerminalColumns.padRight(PaperLines.oneLine(s.name()), nameWidth),
                    s.enabled() ? "yes" : "no", s.format(), TerminalColumns.padRight(PaperLines.oneLine(s.url()),
                            urlWidth), PaperLines.oneLine(s.status().describe()));
        }
        return 0;
    }

    /**
     * Listing the sources reads {@code sources.json} and the refresh statuses only, so it works while the window has the
     * library open, as every other listing does ({@code sources add} and the rest change it, and are refused then).
     */
    @Override
    boolean readsOnly() {
        return true;
    }
}
