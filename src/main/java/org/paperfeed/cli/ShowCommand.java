package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.SearchPapers;
import org.paperfeed.app.export.PaperJson;
import org.paperfeed.model.LibraryPaper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one paper with everything known about it.")
final class ShowCommand extends UseCaseCommand<SearchPapers> {

    ShowCommand() {
        super(UseCase.SEARCH);
    }

    @Parameters(paramLabel = "ID", description = "An arXiv id (2403.01234), arXiv/HF URL, or a doi:… / t-… id from 'list'")
    String id;

    @Mixin
    JsonOption json;

    @Override
    int run(SearchPapers search) throws PaperFeedException {
        LibraryPaper paper = search.require(id);
        if (json.json) {
            JsonOutput.print(out(), List.of(PaperJson.of(paper, search::sourceName)));
        } else {
            PaperLines.details(out(), paper, search::sourceName);
        }
        return 0;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
