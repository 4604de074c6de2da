package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.SearchPapers;
import org.paperfeed.model.TagCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "tags", description = "List the tags in use, with how many papers carry each.")
final class TagsCommand extends UseCaseCommand<SearchPapers> {

    TagsCommand() {
        super(UseCase.SEARCH);
    }

    @Mixin
    JsonOption json;

    @Override
    int run(SearchPapers search) throws PaperFeedException {
        List<TagCount> tags = search.tags();
        if (json.json) {
            JsonOutput.print(out(), tags);
        } else {
            // A tag an older version let a control or bidi-override character into is shown as a title would be.
            // Padded by the columns a terminal draws, so a tag in Chinese or Japanese keeps its count in line.
            tags.forEach(t -> out().println(TerminalColumns.padRight(PaperLines.oneLine(t.tag()), 24) + " "
                    + t.count()));
        }
        return 0;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
