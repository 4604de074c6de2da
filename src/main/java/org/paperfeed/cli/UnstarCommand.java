package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.MarkedPapers;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;

@Command(name = "unstar", description = "Remove the star.")
final class UnstarCommand extends MarkCommand {

    @Override
    MarkedPapers apply(MarkPapers marks, List<String> ids) throws PaperFeedException {
        return marks.unstarAll(ids);
    }
}
