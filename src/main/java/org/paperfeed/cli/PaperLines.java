package org.paperfeed.cli;

import java.io.PrintWriter;
import java.util.List;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PrintableText;
import org.paperfeed.model.SearchHit;

/** How papers look on a terminal: one line each in lists, every field in {@code show}. */
final class PaperLines {

    private static final int WRAP = 100;
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private PaperLines() {
    }

    /** {@code ID  DATE  ★•  Title  #tags}: ★ starred, • unread. */
    static String line(LibraryPaper entry) {
        Paper p = entry.paper();
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-16s %-10s %s%s  %s", oneLine(p.id().value()),
                p.published() == null ? "" : p.published().toString(),
                entry.state().starred() ? "★" : " ", entry.state().read() ? " " : "•", oneLine(p.title())));
        entry.state().tags().stream().sorted().forEach(tag -> line.append("  #").append(oneLine(tag)));
        return line.toString();
    }

    static void hit(PrintWriter out, SearchHit hit, boolean ansi) {
        out.println(line(hit.entry()));
        if (!hit.snippet().text().isBlank()) {
            out.println(indent(marked(hit.snippet(), ansi)));
        }
    }

    static void details(PrintWriter out, LibraryPaper entry) {
        Paper p = entry.paper();
        out.println(oneLine(p.title()));
        out.println();
        field(out, "id", p.id().value());
        field(out, "authors", String.join(", ", p.authors()));
        field(out, "published", p.published() == null ? "" : p.published().toString());
        field(out, "source", p.source());
        field(out, "upvotes", p.upvotes() == null ? "" : p.upvotes().toString());
        field(out, "categories", String.join(", ", p.categories()));
        for (PaperLink link : p.links()) {
            field(out, link.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), link.url());
        }
        field(out, "starred", entry.state().starred() ? "yes" : "no");
        field(out, "read", entry.state().read() ? "yes" : "no");
        field(out, "tags", String.join(", ", entry.state().tags().stream().sorted().toList()));
        out.println();
        wrap(oneLine(p.abstractText())).forEach(out::println);
    }

    private static void field(PrintWriter out, String name, String value) {
        if (!value.isEmpty()) {
            out.printf("%-12s %s%n", name + ":", oneLine(value));
        }
    }

    private static String marked(HighlightedText text, boolean ansi) {
        StringBuilder out = new StringBuilder();
        for (HighlightedText.Span span : text.spans()) {
            String clean = oneLine(span.text());
            out.append(!span.match() ? clean : ansi ? BOLD + clean + RESET : "**" + clean + "**");
        }
        return out.toString();
    }

    /**
     * Text a terminal only shows: line breaks and tabs become spaces, control and bidi-override characters go, C1
     * controls become their windows-1252 characters ({@link PrintableText}), so a title cannot move the cursor,
     * recolour the terminal or reorder the line, even in a library imported before ingest cleaned text.
     */
    static String oneLine(String text) {
        return PrintableText.line(text);
    }

    private static String indent(String text) {
        return String.join(System.lineSeparator(), wrap(text).stream().map(l -> "    " + l).toList());
    }

    private static List<String> wrap(String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
