package org.paperfeed.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.SearchPapers;
import org.paperfeed.app.export.PaperJson;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.support.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;

@Command(name = "search", description = "Full-text search of every paper in the library (see docs/user-guide.md).")
final class SearchCommand extends UseCaseCommand<SearchPapers> {

    SearchCommand() {
        super(UseCase.SEARCH);
    }

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", OR, -word, prefix*, field:value")
    List<String> query;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            converter = ChoiceConverter.SearchSort.class,
            description = "relevance, date (newest first) or trending (most upvoted first) (default: ${DEFAULT-VALUE})")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    JsonOption json;

    @Override
    void checkUsage() {
        refuseOptionsAmong(query);
        if (String.join(" ", query).isBlank()) {
            // An empty query matches every paper (the window's empty search field): from a script it is an unset
            // variable, whose "hits" would read as papers that matched.
            throw usage("search needs something to search for (every paper: 'paperfeed list')");
        }
        if (limit < 1) {
            throw usage("--limit must be at least 1");
        }
    }

    @Override
    int run(SearchPapers search) throws PaperFeedException {
        String typed = String.join(" ", query);
        SearchResults results = search.search(typed, PaperFilter.NONE, sort, limit);
        if (json.json) {
            JsonOutput.print(out(), results.hits().stream().map(h -> PaperJson.of(h, search::sourceName))
                    .toList());
            return 0;
        }
        boolean ansi = System.console() != null;
        results.hits().forEach(hit -> PaperLines.hit(out(), hit, ansi, search::sourceName));
        err().printf("%d of %d%s matching %s (%d ms)%n", results.hits().size(), results.totalHits(),
                results.totalExact() ? "" : "+", Plural.noun(results.totalHits(), "paper"),
                results.took().toMillis());
        if (results.totalHits() == 0) {
            didYouMean(search, typed).flatMap(this::suggestedCommand).ifPresent(command -> err().println(
                    "paperfeed: no papers match '" + PaperLines.oneLine(typed) + "'; did you mean: " + command));
        }
        return 0;
    }

    /**
     * The command to paste for {@code corrected}: this one with the corrected query, so that it lists the papers the
     * same way (the {@code --sort} and {@code --limit} typed) in the same library (the {@code --data-dir} typed; with
     * none, {@code $PAPERFEED_HOME} or the platform's folder, as this run). {@code --json} is never in it: a search with
     * {@code --json} suggests nothing.
     */
    private Optional<String> suggestedCommand(String corrected) {
        ParseResult typed = spec.commandLine().getParseResult();
        return suggestedCommand(spec.findOption("--data-dir").getValue(), corrected,
                typed.hasMatchedOption("--sort") ? sort : null, typed.hasMatchedOption("--limit") ? limit : null);
    }

    /**
     * {@code paperfeed [--data-dir DIR] search 'CORRECTED' [--sort ORDER] [--limit N]}, each part given when not null.
     * Empty when the library's folder cannot be shown as it is (a control character in its name): a command naming
     * another folder would search another library.
     */
    static Optional<String> suggestedCommand(Path dataDir, String corrected, SortOrder sort, Integer limit) {
        StringBuilder command = new StringBuilder("paperfeed");
        if (dataDir != null) {
            String folder = dataDir.toString();
            if (!PaperLines.oneLine(folder).equals(folder)) {
                return Optional.empty();
            }
            command.append(" --data-dir ").append(shellWord(folder));
        }
        command.append(" search ").append(shellQuoted(PaperLines.oneLine(corrected)));
        if (sort != null) {
            command.append(" --sort ").append(sort.name().toLowerCase(Locale.ROOT));
        }
        if (limit != null) {
            command.append(" --limit ").append(limit);
        }
        return Optional.of(command.toString());
    }

    /**
     * The same search with its typos corrected, when that finds papers. Only a hint: a search that found nothing
     * still exits 0 with its count when the hint cannot be worked out, as the window shows no hint then.
     */
    private static Optional<String> didYouMean(SearchPapers search, String typed) {
        try {
            return search.didYouMean(typed);
        } catch (PaperFeedException e) {
            return Optional.empty();
        }
    }

    /** {@code text} as one POSIX shell word, so the suggested command can be pasted as it is. */
    static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code text} as one POSIX shell word, quoted only when a shell would read it otherwise ({@code /a/b} stays). */
    static String shellWord(String text) {
        return text.matches("[A-Za-z0-9_./,:@%+=-]+") && !text.startsWith("=") ? text : shellQuoted(text);
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
