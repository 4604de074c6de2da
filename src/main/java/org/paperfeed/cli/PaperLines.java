package org.paperfeed.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PrintableText;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.latex.LatexText;

/**
 * How papers look on a terminal: one line each in lists, every field in {@code show}. Titles, snippets and the
 * abstract in their Unicode form, as the window shows them ({@code Schr\"odinger} reads Schrödinger,
 * {@code \textbf{E-DiT}} reads E-DiT); {@code --json} keeps the text as the source sent it.
 */
final class PaperLines {

    private static final int WRAP = 100;
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private PaperLines() {
    }

    /**
     * {@code ID  DATE  ★•  Title  [listing]  #tags}: ★ starred, • unread, the latest listing, and "(not interested)"
     * for a dismissed paper.
     */
    static String line(LibraryPaper entry) {
        return line(entry, null);
    }

    /** A row in a day, week or month view: the listing shown is the latest in {@code days}. */
    static String line(LibraryPaper entry, DayRange days) {
        return line(entry, days, UnaryOperator.identity());
    }

    /**
     * As {@link #line(LibraryPaper, DayRange)}, the listing's source named as {@code names} gives it, shortly:
     * "[imported 2026-08-21.json #10 ▲3]" for a file the user imported, whose bare name read like a date.
     */
    static String line(LibraryPaper entry, DayRange days, UnaryOperator<String> names) {
        Paper p = entry.paper();
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-16s %-10s %s%s  %s", oneLine(p.id().value()),
                p.published() == null ? "" : p.published().toString(),
                entry.state().starred() ? "★" : " ", entry.state().read() ? " " : "•",
                oneLine(LatexText.unicode(p.title()))));
        String listing = ListingText.compact(p.listings(), days, names);
        if (!listing.isEmpty()) {
            line.append("  ").append(listing);
        }
        entry.state().tags().stream().sorted().forEach(tag -> line.append("  #").append(oneLine(tag)));
        if (entry.state().notInterested()) {
            line.append("  (not interested)");
        }
        return line.toString();
    }

    /**
     * A search hit: its row and its snippet. A search shows papers day views hide; the row says why: "(not
     * interested)" or "(muted)" by a rule.
     */
    static void hit(PrintWriter out, SearchHit hit, boolean ansi, UnaryOperator<String> names) {
        String row = line(hit.entry(), null, names);
        if (hit.hidden() && !hit.entry().state().notInterested()) {
            row += "  (muted)";
        }
        out.println(row);
        if (!hit.snippet().text().isBlank()) {
            out.println(indent(marked(LatexText.unicode(hit.snippet()), ansi)));
        }
    }

    static void details(PrintWriter out, LibraryPaper entry) {
        details(out, entry, UnaryOperator.identity());
    }

    /** @param names how a source is shown, from its name ("RSS (imported feed.xml)" for a file the user imported) */
    static void details(PrintWriter out, LibraryPaper entry, UnaryOperator<String> names) {
        Paper p = entry.paper();
        out.println(oneLine(LatexText.unicode(p.title())));
        out.println();
        PaperExtras x = p.extras();
        field(out, "id", p.id().value());
        if (p.doi() != null) {
            field(out, "doi", p.doi());
        }
        field(out, "version", x.version() == null ? "" : x.version());
        field(out, "authors", String.join(", ", p.authors()));
        field(out, "published", p.published() == null ? "" : p.published().toString());
        field(out, "source", names.apply(p.source()));
        field(out, "upvotes", p.upvotes() == null ? "" : p.upvotes().toString());
        field(out, "categories", String.join(", ", p.categories()));
        // Newest first, one per line, the label only on the first.
        String label = "listed";
        for (int i = p.listings().size() - 1; i >= 0; i--) {
            Listing listing = p.listings().get(i);
            field(out, label, listing.day() + "  " + ListingText.full(listing, names));
            label = "";
        }
        if (x.github() != null) {
            field(out, "github", x.github().url() + (x.github().stars() == null ? "" : "  ★" + x.github().stars()));
        }
        field(out, "project", x.projectPage() == null ? "" : x.projectPage());
        field(out, "organization", x.organization() == null ? "" : x.organization());
        field(out, "keywords", String.join(", ", x.aiKeywords()));
        for (PaperLink link : p.links()) {
            field(out, link.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), link.url());
        }
        field(out, "starred", entry.state().starred() ? "yes" : "no");
        field(out, "read", entry.state().read() ? "yes" : "no");
        field(out, "tags", String.join(", ", entry.state().tags().stream().sorted().toList()));
        if (entry.state().notInterested()) {
            field(out, "interested", "no (hidden from day views; 'paperfeed interested " + p.id().value()
                    + "' undoes it)");
        }
        out.println();
        wrap(oneLine(LatexText.unicode(p.abstractText()))).forEach(out::println);
        if (x.aiSummary() != null && !x.aiSummary().isBlank()) {
            out.println();
            out.println("AI summary:");
            wrap(oneLine(x.aiSummary())).forEach(out::println);
        }
        if (entry.state().hasNote()) {
            out.println();
            out.println("Note:");
            // The user's own lines, kept as lines; each cleaned like every other text a terminal shows.
            entry.state().note().lines().forEach(line -> out.println(oneLine(line)));
        }
    }

    /** {@code name:  value}, nothing when the value is empty; an empty name continues the field above. */
    private static void field(PrintWriter out, String name, String value) {
        if (!value.isEmpty()) {
            out.printf("%-12s %s%n", name.isEmpty() ? "" : name + ":", oneLine(value));
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
