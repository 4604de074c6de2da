package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.MarkedPapers;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;

@Command(name = "interested", description = "Undo not-interested: papers show in day and source views again.")
final class InterestedCommand extends MarkCommand {

    @Override
    MarkedPapers apply(MarkPapers marks, List<String> ids) throws PaperFeedException {
        return marks.interested(ids);
    }
}
