package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.MarkedPapers;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;

@Command(name = "not-interested", description = "Dismiss papers: hidden from day and source views, still found by search.")
final class NotInterestedCommand extends MarkCommand {

    @Override
    MarkedPapers apply(MarkPapers marks, List<String> ids) throws PaperFeedException {
        return marks.notInterested(ids);
    }
}
