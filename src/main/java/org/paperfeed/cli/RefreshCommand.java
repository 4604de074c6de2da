package org.paperfeed.cli;

import java.time.LocalDate;
import java.util.List;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.RefreshSources;
import org.paperfeed.app.sources.CatchUp;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.support.Plural;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "refresh", description = "Fetch the enabled sources (or the named ones) and add their new papers. "
        + "Daily sources (Hugging Face daily papers) also bring the past days missed since the last refresh, "
        + "at most a week of them.")
final class RefreshCommand extends UseCaseCommand<RefreshSources> {

    RefreshCommand() {
        super(UseCase.REFRESH);
    }

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Only these sources, enabled or not (see 'sources')")
    List<String> names;

    @ArgGroup(exclusive = true)
    Period period;

    /** At most one of the two: a single past day, or every past day from a start. */
    static final class Period {

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "Only that day's papers, from sources that keep past days (Hugging Face daily papers)")
        LocalDate date;

        @Option(names = "--since", paramLabel = "YYYY-MM-DD",
                description = "Also every past day from this one on that daily sources were not asked for yet, "
                        + "however many (at most 366)")
        LocalDate since;
    }

    @Override
    void checkUsage() {
        if (names != null) {
            names.forEach(name -> refuseEmpty(name, "NAME cannot be empty"));
        }
        LocalDate today = LocalDate.now(clock);
        if (period != null && period.date != null && period.date.isAfter(today)) {
            // A source asked for a day to come answers with whatever it has, which would be filed under that day.
            throw usage("--date " + period.date + " is after today (" + today + "): no source has listed that day yet");
        }
        LocalDate earliest = today.minusDays(CatchUp.MAX_DAYS);
        if (period != null && period.since != null && (period.since.isAfter(today) || period.since.isBefore(earliest))) {
            // Either side of the range is the same mistake in the command line, said with the range it takes.
            throw usage("--since must be a day from " + earliest + " to today (" + today + "), at most "
                    + CatchUp.MAX_DAYS + " days back, not " + period.since);
        }
    }

    @Override
    int run(RefreshSources refresh) throws PaperFeedException {
        List<String> chosen = names == null ? List.of() : names;
        List<RefreshReport> reports = period != null && period.since != null
                ? refresh.refreshSince(chosen, period.since)
                : refresh.refresh(chosen, period == null ? null : period.date);
        if (reports.isEmpty()) {
            // Only a plain refresh chooses nothing (a named source is refreshed, enabled or not): asked to fetch, it
            // could not, which a script should not take for a refresh that found nothing new.
            err().println("paperfeed: no source is enabled, so there is nothing to refresh: enable one with "
                    + "'paperfeed sources enable NAME' or add one with 'paperfeed sources add URL'");
            return ExitCodes.FAILED;
        }
        reports.forEach(r -> out().println(PaperLines.oneLine(r.summary())));
        long failed = reports.stream().filter(RefreshReport::failed).count();
        if (failed > 0) {
            err().printf("paperfeed: %d of %s failed%n", failed, Plural.of(reports.size(), "source"));
            return ExitCodes.FAILED;
        }
        return 0;
    }
}
