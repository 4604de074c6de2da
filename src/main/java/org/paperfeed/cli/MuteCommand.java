package org.paperfeed.cli;

import java.util.ArrayList;
import java.util.List;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ManageMuteRules;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "mute", description = "List the mute rules, with how many papers each hides from day views.",
        subcommands = {MuteAddCommand.class, MuteRemoveCommand.class})
final class MuteCommand extends UseCaseCommand<MuteCommand.Uses> {

    /** The rules, and the day views' muted papers each rule is counted against. */
    record Uses(ManageMuteRules rules, BrowseDays browse) {
    }

    MuteCommand() {
        super(UseCase.both(UseCase.MUTE_RULES, UseCase.BROWSE, Uses::new));
    }

    @Mixin
    JsonOption json;

    /**
     * A rule as {@code mute --json} prints it. A published contract: add fields, never rename or remove them.
     *
     * @param hides stored papers the rule hides now (it matches them and they are neither starred nor tagged; a paper
     *              two rules match counts for both)
     */
    record RuleJson(String id, String query, long hides) {
    }

    @Override
    int run(Uses uses) throws PaperFeedException {
        List<RuleJson> rules = new ArrayList<>();
        for (MuteRule rule : uses.rules().list()) {
            rules.add(new RuleJson(rule.id(), rule.query(), hides(uses.browse(), rule)));
        }
        if (json.json) {
            JsonOutput.print(out(), rules);
        } else {
            rules.forEach(r -> out().printf("%-5s %6d hidden  %s%n", r.id(), r.hides(), PaperLines.oneLine(r.query())));
        }
        return ExitCodes.OK;
    }

    /** The papers a rule hides: those the "Muted" view shows that the rule's own query matches. */
    private static long hides(BrowseDays browse, MuteRule rule) throws PaperFeedException {
        ViewQuery matches = new ViewQuery(rule.query(), null, null, null, SortOrder.DATE);
        return browse.muted(matches, 0, 0).totalHits();
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
