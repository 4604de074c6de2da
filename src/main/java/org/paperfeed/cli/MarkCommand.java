package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Parameters;

/** star, unstar, read, unread: one mark on one or more papers, each saved before the next. */
abstract class MarkCommand extends LibraryCommand {

    @Parameters(arity = "1..*", paramLabel = "ID", description = "arXiv ids (2403.01234) or t-… ids from 'list'")
    List<String> ids;

    @Override
    final int run(AppServices app) throws PaperFeedException {
        for (String id : ids) {
            LibraryPaper paper = apply(app.marks(), id);
            out().println(PaperLines.line(paper));
        }
        return 0;
    }

    abstract LibraryPaper apply(MarkPapers marks, String id) throws PaperFeedException;
}
