package org.paperfeed.cli;

import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;

@Command(name = "read", description = "Mark papers as read.")
final class ReadCommand extends MarkCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id) throws PaperFeedException {
        return marks.markRead(id);
    }
}
