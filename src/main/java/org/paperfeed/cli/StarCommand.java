package org.paperfeed.cli;

import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;

@Command(name = "star", description = "Star papers to read later.")
final class StarCommand extends MarkCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id) throws PaperFeedException {
        return marks.star(id);
    }
}
