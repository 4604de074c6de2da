package org.paperfeed.cli;

import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;

@Command(name = "unread", description = "Mark papers as unread.")
final class UnreadCommand extends MarkCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id) throws PaperFeedException {
        return marks.markUnread(id);
    }
}
