package org.paperfeed.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ExportPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.SearchPapers;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.app.export.PaperJson;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;
import org.paperfeed.support.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List papers, newest first (a day view: trending first): ★ starred, • unread.")
final class ListCommand extends UseCaseCommand<ListCommand.Uses> {

    /** Day views and trending order read {@code browse}; plain {@code list} streams the whole library. */
    record Uses(BrowseDays browse, WholeLibrary whole) {
    }

    /** Plain {@code list}: rows through the search, {@code --json} through the export's streaming writer. */
    record WholeLibrary(SearchPapers search, ExportPapers exports) {
    }

    ListCommand() {
        super(UseCase.both(UseCase.BROWSE, UseCase.both(UseCase.SEARCH, UseCase.EXPORTS, WholeLibrary::new),
                Uses::new));
    }

    @Option(names = "--starred", description = "Only starred papers")
    boolean starred;

    @Option(names = "--unread", description = "Only unread papers")
    boolean unread;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only papers with this tag")
    String tag;

    @Option(names = "--day", paramLabel = "DAY", description = "Only papers listed that day: " + DayArgument.FORMS
            + " (not-interested and muted papers left out)")
    String day;

    @Option(names = "--week", description = "With --day: the ISO week (Monday to Sunday) holding that day")
    boolean week;

    @Option(names = "--month", description = "With --day: the month holding that day")
    boolean month;

    @Option(names = "--sort", paramLabel = "ORDER", converter = ChoiceConverter.ListSort.class,
            description = "trending or date (default: trending with --day, else date)")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N papers (default: all)")
    Integer limit;

    @Mixin
    JsonOption json;

    @Override
    int run(Uses uses) throws PaperFeedException {
        PaperFilter filter = new PaperFilter(starred, unread, tag);
        if (day == null && sort != SortOrder.TRENDING) {
            printAll(uses.whole(), filter);
            return ExitCodes.OK;
        }
        DayRange days = null;
        if (day != null) {
            Optional<LocalDate> resolved = DayArgument.resolveOrSay(day, clock, uses.browse(), err());
            if (resolved.isEmpty()) {
                print(uses.browse(), List.of(), null);
                return ExitCodes.OK;
            }
            days = (week ? DayUnit.WEEK : month ? DayUnit.MONTH : DayUnit.DAY).rangeOf(resolved.get());
        }
        ViewQuery view = new ViewQuery("", filter, days, null, sort != null ? sort : SortOrder.TRENDING);
        // Counted first, so the view is read in one page of exactly its size (a day holds hundreds, not millions).
        long size = uses.browse().view(view, 0, 0).totalHits();
        int max = (int) Math.max(1, Math.min(limit != null ? limit : Integer.MAX_VALUE, size));
        SearchResults results = uses.browse().view(view, 0, max);
        print(uses.browse(), results.hits().stream().map(SearchHit::entry).toList(), days);
        if (!json.json && days != null) {
            err().printf("%s: %s%n", days.first().equals(days.last()) ? days.first()
                    : days.first() + " to " + days.last(), Plural.of(results.totalHits(), "paper"));
        }
        return ExitCodes.OK;
    }

    /** Plain {@code list}: streamed a page at a time, so a million papers list in the memory of one page. */
    private void printAll(WholeLibrary whole, PaperFilter filter) throws PaperFeedException {
        int max = limit != null ? limit : Integer.MAX_VALUE;
        if (json.json) {
            whole.exports().export(ExportFormat.JSON, filter, max, out());
            return;
        }
        try {
            UnaryOperator<String> names = whole.search()::sourceName;
            whole.search().forEach(filter, max, p -> out().println(PaperLines.line(p, null, names)));
        } catch (IOException e) {
            throw new PaperFeedException("the list could not be printed: " + e.getMessage(), e);
        }
    }

    @Override
    void checkUsage() {
        if (limit != null && limit < 1) {
            throw usage("--limit must be at least 1");
        }
        refuseEmpty(tag, "--tag cannot be empty");
        if ((week || month) && day == null) {
            throw usage((week ? "--week" : "--month") + " needs --day (the day whose " + (week ? "week" : "month")
                    + " to list)");
        }
        if (week && month) {
            throw usage("--week and --month cannot be used together");
        }
        if (day != null && !DayArgument.isValid(day)) {
            throw usage(DayArgument.refusal(day));
        }
        if (sort == SortOrder.RELEVANCE) {
            throw usage("list --sort takes trending or date (relevance needs a query: see 'paperfeed search')");
        }
    }

    private void print(BrowseDays browse, List<LibraryPaper> papers, DayRange days) throws PaperFeedException {
        if (json.json) {
            JsonOutput.print(out(), papers.stream().map(p -> PaperJson.of(p, browse::sourceName)).toList());
        } else {
            papers.forEach(p -> out().println(PaperLines.line(p, days, browse::sourceName)));
        }
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
