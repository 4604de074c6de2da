package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PrintableText;

/** A reading list: one section per paper, title linked, authors and marks beneath, the abstract quoted. */
final class MarkdownWriter implements PaperWriter {

    /** What CommonMark (and GitHub's tables and strikethrough) reads as syntax anywhere in a line. */
    private static final Pattern INLINE_SYNTAX = Pattern.compile("([\\\\`*_\\[\\]<>#|!&~])");
    /** What starts a list, a heading underline or a thematic break at the beginning of a line. */
    private static final Pattern LINE_START = Pattern.compile("^([-+=])");
    /** What starts an ordered list: {@code 1984. } or {@code 3) }. */
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])");

    @Override
    public void begin(Writer out) {
        // a reading list has no header
    }

    @Override
    public void write(LibraryPaper entry, Writer out) throws IOException {
        Paper p = entry.paper();
        String title = escape(p.title());
        out.write("## " + p.primaryUrl().filter(PaperLink::isSafeToOpen)
                .map(url -> "[" + title + "](<" + linkTarget(url) + ">)").orElse(title) + "\n\n");
        List<String> facts = new ArrayList<>();
        if (!p.authors().isEmpty()) {
            facts.add(escape(String.join(", ", p.authors())));
        }
        if (p.published() != null) {
            facts.add(p.published().toString());
        }
        facts.add(p.id().isArxiv() ? "arXiv:" + p.id().value()
                : p.id().isDoi() ? escape(p.id().value()) : escape(p.source()));
        if (entry.state().starred()) {
            facts.add("★");
        }
        entry.state().tags().stream().sorted()
                .forEach(tag -> facts.add("`" + PrintableText.line(tag).replace("`", "'") + "`"));
        out.write(String.join(" · ", facts) + "\n\n");
        out.write("> " + escape(p.abstractText()) + "\n\n");
        if (entry.state().hasNote()) {
            // Each line escaped on its own (escaping folds line breaks); a hard break keeps the user's lines.
            List<String> lines = entry.state().note().lines().map(MarkdownWriter::escape).toList();
            out.write("**Note:** " + String.join("  \n", lines) + "\n\n");
        }
    }

    @Override
    public void end(Writer out) throws IOException {
        out.flush();
    }

    /**
     * Keeps titles and abstracts literal: nothing in them may become a link, an emphasis, an entity, a list or HTML.
     * Every ASCII punctuation character may be backslash-escaped in CommonMark, so escaping never shows a backslash.
     */
    static String escape(String text) {
        String inline = INLINE_SYNTAX.matcher(PrintableText.line(text)).replaceAll("\\\\$1");
        String unlisted = LINE_START.matcher(inline).replaceFirst("\\\\$1");
        return ORDERED_START.matcher(unlisted).replaceFirst("$1\\\\$2");
    }

    /** A link target inside {@code <…>}: no angle bracket, space or line break can end it early. */
    private static String linkTarget(String url) {
        return PrintableText.line(url).replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
    }
}
