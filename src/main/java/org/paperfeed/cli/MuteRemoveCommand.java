package org.paperfeed.cli;

import org.paperfeed.app.ManageMuteRules;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.MuteRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a mute rule: the papers it hid show in day views again.")
final class MuteRemoveCommand extends UseCaseCommand<ManageMuteRules> {

    MuteRemoveCommand() {
        super(UseCase.MUTE_RULES);
    }

    @Parameters(paramLabel = "ID", description = "The rule's id as 'mute' lists it (m1, m2…)")
    String id;

    @Override
    int run(ManageMuteRules muteRules) throws PaperFeedException {
        String query = muteRules.list().stream().filter(r -> r.id().equals(id)).map(MuteRule::query)
                .findFirst().orElse(null);
        muteRules.remove(id);
        out().println("removed " + id + ": " + PaperLines.oneLine(query == null ? "" : query));
        return ExitCodes.OK;
    }
}
