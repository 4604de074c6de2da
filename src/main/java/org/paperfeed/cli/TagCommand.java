package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;

@Command(name = "tag", description = "Add tags to a paper.")
final class TagCommand extends TagEditCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id, List<String> tags) throws PaperFeedException {
        return marks.tag(id, tags);
    }
}
