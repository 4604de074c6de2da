package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.MarkedPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Parameters;

/**
 * star, unstar, read, unread, not-interested, interested: one mark on one or more papers, saved as one batch. Every
 * id is resolved first: if any is unknown, nothing changes and the one error line names them all.
 */
abstract class MarkCommand extends UseCaseCommand<UseCaseCommand.Named<MarkPapers>> {

    MarkCommand() {
        super(UseCase.named(UseCase.MARKS));
    }

    @Parameters(arity = "1..*", paramLabel = "ID", description = "arXiv ids (2403.01234) or doi:… / t-… ids from 'list'")
    List<String> ids;

    @Override
    final int run(Named<MarkPapers> marks) throws PaperFeedException {
        MarkedPapers marked = apply(marks.useCase(), ids);
        for (LibraryPaper paper : marked.papers()) {
            out().println(PaperLines.line(paper, null, marks.names()));
        }
        return ExitCodes.OK;
    }

    abstract MarkedPapers apply(MarkPapers marks, List<String> ids) throws PaperFeedException;

    @Override
    boolean marksPapersOnly() {
        return true;
    }
}
