package org.paperfeed.cli;

import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.MuteRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a mute rule: the papers it hid show in day views again.")
final class MuteRemoveCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The rule's id as 'mute' lists it (m1, m2…)")
    String id;

    @Override
    int run(AppServices app) throws PaperFeedException {
        String query = app.muteRules().list().stream().filter(r -> r.id().equals(id)).map(MuteRule::query)
                .findFirst().orElse(null);
        app.muteRules().remove(id);
        out().println("removed " + id + ": " + PaperLines.oneLine(query == null ? "" : query));
        return ExitCodes.OK;
    }
}
