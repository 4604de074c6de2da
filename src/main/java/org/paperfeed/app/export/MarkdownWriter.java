package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;

/** A reading list: one section per paper, title linked, authors and marks beneath, the abstract quoted. */
final class MarkdownWriter implements PaperWriter {

    @Override
    public void write(List<LibraryPaper> papers, Writer out) throws IOException {
        for (LibraryPaper entry : papers) {
            Paper p = entry.paper();
            String title = escape(p.title());
            out.write("## " + p.primaryUrl().filter(PaperLink::isSafeToOpen)
                    .map(url -> "[" + title + "](<" + url.replace(">", "%3E") + ">)").orElse(title) + "\n\n");
            List<String> facts = new ArrayList<>();
            if (!p.authors().isEmpty()) {
                facts.add(escape(String.join(", ", p.authors())));
            }
            if (p.published() != null) {
                facts.add(p.published().toString());
            }
            facts.add(p.id().isArxiv() ? "arXiv:" + p.id().value() : p.source());
            if (entry.state().starred()) {
                facts.add("★");
            }
            entry.state().tags().stream().sorted().forEach(tag -> facts.add("`" + tag.replace("`", "'") + "`"));
            out.write(String.join(" · ", facts) + "\n\n");
            out.write("> " + escape(p.abstractText()) + "\n\n");
        }
        out.flush();
    }

    /** Keeps titles and abstracts literal: nothing in them may become a link, an emphasis or HTML. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|!])", "\\\\$1");
    }
}
