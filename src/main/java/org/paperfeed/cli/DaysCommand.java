package org.paperfeed.cli;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.SourceDayCount;
import org.paperfeed.support.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "days", description = "The days papers were listed on, newest first, with paper and unread counts "
        + "(not-interested and muted papers not counted).")
final class DaysCommand extends UseCaseCommand<BrowseDays> {

    DaysCommand() {
        super(UseCase.BROWSE);
    }

    @Option(names = "--limit", paramLabel = "N", description = "Only the newest N days (default: all)")
    Integer limit;

    @Mixin
    JsonOption json;

    /**
     * A day as {@code days --json} prints it. A published contract: add fields, never rename or remove them.
     *
     * @param day     {@code YYYY-MM-DD}
     * @param papers  distinct papers listed that day by any source (a paper two sources listed counts once)
     * @param sources the same counts per source, by source name
     */
    record DayJson(String day, int papers, int unread, List<SourceJson> sources) {

        static DayJson of(DayCount count, UnaryOperator<String> names) {
            return new DayJson(count.day().toString(), count.papers(), count.unread(), count.sources().stream()
                    .map(s -> new SourceJson(s.source(), s.papers(), s.unread(), names.apply(s.source()))).toList());
        }
    }

    /**
     * @param sourceName the source as the window shows it, as a paper's {@code sourceName}: for a file the user
     *                   imported, its format and file name; otherwise the same as {@code source}. Added after the
     *                   other fields, so it comes last.
     */
    record SourceJson(String source, int papers, int unread, String sourceName) {
    }

    @Override
    void checkUsage() {
        if (limit != null && limit < 1) {
            throw usage("--limit must be at least 1");
        }
    }

    @Override
    int run(BrowseDays browse) throws PaperFeedException {
        List<DayCount> days = browse.days(limit == null ? Integer.MAX_VALUE : limit);
        if (json.json) {
            JsonOutput.print(out(), days.stream().map(d -> DayJson.of(d, browse::sourceName)).toList());
            return ExitCodes.OK;
        }
        for (DayCount day : days) {
            // "paper " padded as "papers", so the unread column stays where it is on a day of one paper.
            out().printf("%s %s  %4d %-6s  %4d unread  %s%n", day.day(),
                    day.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                    day.papers(), Plural.noun(day.papers(), "paper"), day.unread(),
                    bySource(day.sources(), browse::sourceName));
        }
        return ExitCodes.OK;
    }

    /** {@code HF daily 50 · arXiv cs.LG new 30}. */
    private static String bySource(List<SourceDayCount> sources, UnaryOperator<String> names) {
        return sources.stream().map(s -> ListingText.sourceName(s.source(), names) + " " + s.papers())
                .collect(Collectors.joining(" · "));
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
