package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.TagCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "tags", description = "List the tags in use, with how many papers carry each.")
final class TagsCommand extends LibraryCommand {

    @Mixin
    JsonOption json;

    @Override
    int run(AppServices app) throws PaperFeedException {
        List<TagCount> tags = app.search().tags();
        if (json.json) {
            JsonOutput.print(out(), tags);
        } else {
            tags.forEach(t -> out().printf("%-24s %d%n", t.tag(), t.count()));
        }
        return 0;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
