package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.ManageMuteRules;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.MutePreview;
import org.paperfeed.model.MuteRule;
import org.paperfeed.support.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Words that start with {@code -} belong to the query ({@code mute add -tag:keep cat:cs.CV}): see PaperFeedCli. */
@Command(name = "add", description = "Hide the papers a query matches from day views and 'days' counts "
        + "(starred and tagged papers are never hidden).")
final class MuteAddCommand extends UseCaseCommand<ManageMuteRules> {

    MuteAddCommand() {
        super(UseCase.MUTE_RULES);
    }

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "A query as for 'search' (words are joined by spaces; it may start with -)")
    List<String> query;

    @Option(names = "--dry-run", description = "Only say how many stored papers the rule would newly hide")
    boolean dryRun;

    @Override
    void checkUsage() {
        refuseOptionsAmong(query);
    }

    /**
     * A dry run saves nothing: it counts on a read-only view, as {@code list} does, so it works while the window has
     * the library open and refuses a folder with no library rather than make one there.
     */
    @Override
    boolean readsOnly() {
        return dryRun;
    }

    @Override
    int run(ManageMuteRules muteRules) throws PaperFeedException {
        String text = String.join(" ", query);
        // Counted before the rule exists: afterwards its papers are "hidden already".
        MutePreview preview = muteRules.preview(text);
        if (dryRun) {
            out().printf("would newly hide %s (%s)%n", Plural.of(preview.newlyHidden(), "paper"),
                    Plural.of(preview.matching(), "match", "matches"));
            return ExitCodes.OK;
        }
        MuteRule rule = muteRules.add(text);
        out().printf("added %s: %s (newly hides %s)%n", rule.id(), PaperLines.oneLine(rule.query()),
                Plural.of(preview.newlyHidden(), "paper"));
        return ExitCodes.OK;
    }
}
