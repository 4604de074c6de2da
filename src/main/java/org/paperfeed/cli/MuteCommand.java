package org.paperfeed.cli;

import java.util.ArrayList;
import java.util.List;
import org.paperfeed.app.ManageMuteRules;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.MuteRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "mute", description = "List the mute rules, with how many papers each hides from day views.",
        subcommands = {MuteAddCommand.class, MuteRemoveCommand.class})
final class MuteCommand extends UseCaseCommand<ManageMuteRules> {

    MuteCommand() {
        super(UseCase.MUTE_RULES);
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
    int run(ManageMuteRules rules) throws PaperFeedException {
        List<RuleJson> listed = new ArrayList<>();
        for (MuteRule rule : rules.list()) {
            listed.add(new RuleJson(rule.id(), rule.query(), rules.hides(rule)));
        }
        if (json.json) {
            JsonOutput.print(out(), listed);
        } else {
            listed.forEach(r -> out().printf("%-5s %6d hidden  %s%n", r.id(), r.hides(), PaperLines.oneLine(r.query())));
        }
        return ExitCodes.OK;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
