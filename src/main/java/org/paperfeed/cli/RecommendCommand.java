package org.paperfeed.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ForYou;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.export.PaperJson;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.model.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "recommend", description = "Papers ranked by your interests (your stars, each tag of 3+ papers), "
        + "best first, with the words that made each score (see docs/user-guide.md).")
final class RecommendCommand extends UseCaseCommand<RecommendCommand.Uses> {

    /** For you ranks; {@code browse} says which day {@code --day latest} is. */
    record Uses(ForYou forYou, BrowseDays browse) {
    }

    @Option(names = "--interest", paramLabel = "INTEREST",
            description = "Rank by one interest only: starred or tag:NAME (default: the best of all)")
    String interest;

    @Option(names = "--tag", paramLabel = "TAG", description = "Shorthand for --interest tag:TAG")
    String tag;

    @Option(names = "--day", paramLabel = "DAY",
            description = "Rank the papers listed that day: " + DayArgument.FORMS + " (default: every paper)")
    String day;

    @Option(names = "--all", description = "Keep starred, tagged, not-interested and muted papers in")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N papers (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    JsonOption json;

    RecommendCommand() {
        super(UseCase.both(UseCase.FOR_YOU, UseCase.BROWSE, Uses::new));
    }

    /**
     * One recommendation in {@code --json}: the paper object of {@code list --json} plus these three fields. A
     * published contract: add fields, never rename or remove them.
     *
     * @param interest {@code starred} or {@code tag:NAME}: the interest that gave the score
     * @param why      the paper's words that raised the score most, largest first (at most 10): {@code term} (a
     *                 word, two words, or {@code author: NAME}) and its {@code weight} in the score
     * @param score    the calibrated probability in [0, 1] (unlike a search hit's {@code score}, which is BM25);
     *                 scores and weights are rounded to 4 decimal places
     */
    static Map<String, Object> json(Recommendation r, java.util.function.UnaryOperator<String> sourceNames) {
        Map<String, Object> object = PaperJson.of(r.paper(), sourceNames).fields();
        object.put("interest", r.interest());
        object.put("why", r.why().stream().map(w -> {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("term", w.term());
            term.put("weight", rounded(w.weight()));
            return term;
        }).toList());
        object.put("score", rounded(r.score()));
        return object;
    }

    /** Four decimal places: what a script can use, and the same on every machine. */
    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    @Override
    void checkUsage() {
        interestKey();
    }

    @Override
    int run(Uses uses) throws PaperFeedException {
        String key = interestKey();
        Optional<LocalDate> listed = Optional.empty();
        if (day != null) {
            listed = DayArgument.resolveOrSay(day, clock, uses.browse(), err());
            if (listed.isEmpty()) {
                print(uses.browse(), List.of(), null);
                return ExitCodes.OK;
            }
        }
        Optional<String> howToStart = key == null ? uses.forYou().howToStart() : Optional.empty();
        if (howToStart.isPresent()) {
            err().println("paperfeed: " + howToStart.get());
            print(uses.browse(), List.of(), null);
            return ExitCodes.OK;
        }
        print(uses.browse(), uses.forYou().recommend(key, listed.orElse(null), all, limit),
                listed.map(DayRange::day).orElse(null));
        return ExitCodes.OK;
    }

    /** The interest to rank by ({@code null}: the best of all), the options checked on the way: a mistake is usage. */
    private String interestKey() {
        if (limit < 1) {
            throw usage("--limit must be at least 1");
        }
        if (interest != null && tag != null) {
            throw usage("--interest and --tag cannot be used together (--tag TAG is --interest tag:TAG)");
        }
        if (day != null && !DayArgument.isValid(day)) {
            throw usage(DayArgument.refusal(day));
        }
        if (tag != null) {
            refuseEmpty(tag, "--tag cannot be empty");
            return Interest.tagKey(tag.strip());
        }
        if (interest != null) {
            String key = interest.strip();
            boolean valid = key.equals(Interest.STARRED)
                    || key.startsWith(Interest.TAG_PREFIX) && key.length() > Interest.TAG_PREFIX.length();
            if (!valid) {
                throw usage("--interest takes starred or tag:NAME, not '" + interest + "'");
            }
            return key;
        }
        return null;
    }

    private void print(BrowseDays browse, List<Recommendation> ranked, DayRange days) throws PaperFeedException {
        if (json.json) {
            JsonOutput.print(out(), ranked.stream().map(r -> json(r, browse::sourceName)).toList());
            return;
        }
        for (Recommendation r : ranked) {
            String why = r.why().stream().limit(3).map(w -> w.term()).collect(Collectors.joining(", "));
            out().printf(java.util.Locale.ROOT, "%.2f %s%n     for %s: %s%n", r.score(),
                    PaperLines.line(r.paper(), days, browse::sourceName),
                    PaperLines.oneLine(r.interest()), PaperLines.oneLine(why));
        }
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
