package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;

@Command(name = "untag", description = "Remove tags from a paper.")
final class UntagCommand extends TagEditCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id, List<String> tags) throws PaperFeedException {
        return marks.untag(id, tags);
    }
}
