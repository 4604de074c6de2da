package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Parameters;

/** tag and untag: one paper, one or more tags. */
abstract class TagEditCommand extends UseCaseCommand<UseCaseCommand.Named<MarkPapers>> {

    TagEditCommand() {
        super(UseCase.named(UseCase.MARKS));
    }

    @Parameters(index = "0", paramLabel = "ID", description = "arXiv id, doi:… id or t-… id")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG", description = "Tags (case-insensitive)")
    List<String> tags;

    @Override
    final int run(Named<MarkPapers> marks) throws PaperFeedException {
        out().println(PaperLines.line(apply(marks.useCase(), id, tags), null, marks.names()));
        return 0;
    }

    abstract LibraryPaper apply(MarkPapers marks, String id, List<String> tags) throws PaperFeedException;

    @Override
    boolean marksPapersOnly() {
        return true;
    }
}
