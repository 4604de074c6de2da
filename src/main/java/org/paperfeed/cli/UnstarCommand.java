package org.paperfeed.cli;

import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;

@Command(name = "unstar", description = "Remove the star.")
final class UnstarCommand extends MarkCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id) throws PaperFeedException {
        return marks.unstar(id);
    }
}
