package org.paperfeed.cli;

import java.time.LocalDate;
import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.sources.RefreshReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "refresh", description = "Fetch the enabled sources (or the named ones) and add their new papers.")
final class RefreshCommand extends LibraryCommand {

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Only these sources, enabled or not (see 'sources')")
    List<String> names;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "That day's papers, from sources that keep past days (Hugging Face daily papers)")
    LocalDate date;

    @Override
    int run(AppServices app) throws PaperFeedException {
        List<RefreshReport> reports = app.refresh().refresh(names == null ? List.of() : names, date);
        if (reports.isEmpty()) {
            err().println("paperfeed: no enabled sources (see 'paperfeed sources')");
            return 0;
        }
        reports.forEach(r -> out().println(PaperLines.oneLine(r.summary())));
        long failed = reports.stream().filter(RefreshReport::failed).count();
        if (failed > 0) {
            err().printf("paperfeed: %d of %d sources failed%n", failed, reports.size());
            return PaperFeedCli.FAILED;
        }
        return 0;
    }
}
