package org.paperfeed.cli;

import java.util.List;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.MarkedPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperState;
import picocli.CommandLine.Command;

@Command(name = "untag", description = "Remove tags from a paper.")
final class UntagCommand extends TagEditCommand {

    @Override
    LibraryPaper apply(MarkPapers marks, String id, List<String> tags) throws PaperFeedException {
        MarkedPapers done = marks.untagAll(List.of(id), tags);
        LibraryPaper paper = done.papers().get(0);
        PaperState before = done.previous().getOrDefault(paper.id(), paper.state());
        // Removing a tag the paper never had is no failure (the paper ends without it), but not silent either:
        // a mistyped tag would otherwise look removed.
        // Named as untag reads them, so a pasted m<U+200B>l the paper lacks is reported as the ml it looks like; shown
        // as every text a terminal only shows, so a name holding a bidi override or a bell cannot reorder the line.
        List<String> absent = tags.stream().filter(t -> before.withoutTags(List.of(t)).equals(before))
                .map(PaperState::namedTag).distinct().toList();
        if (!absent.isEmpty()) {
            err().println("paperfeed: " + paper.id().value() + " had no tag " + String.join(", ", absent.stream()
                    .map(t -> "'" + PaperLines.oneLine(t) + "'").toList()) + "; nothing to remove");
        }
        return paper;
    }
}
