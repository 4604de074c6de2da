package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PrintableText;

/**
 * BibTeX entries as arXiv itself exports them ({@code @misc} with {@code eprint}, {@code archivePrefix} and
 * {@code primaryClass}), which biblatex and BibTeX styles both cite correctly, plus {@code doi} when the paper has one.
 * Keys are author-year-word, made
 * unique within the file (letters only, however many papers share one). Values go through {@link BibtexText}.
 */
final class BibtexWriter implements PaperWriter {

    private final Set<String> usedKeys = new HashSet<>();

    @Override
    public void begin(Writer out) {
        usedKeys.clear();
    }

    @Override
    public void write(LibraryPaper entry, Writer out) throws IOException {
        Paper p = entry.paper();
        out.write("@misc{" + uniqueKey(p, usedKeys) + ",\n");
        field(out, "title", "{" + escape(p.title()) + "}");
        if (!p.authors().isEmpty()) {
            field(out, "author", authors(p.authors()));
        }
        if (p.published() != null) {
            field(out, "year", Integer.toString(p.published().getYear()));
            field(out, "month", p.published().getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT));
        }
        if (p.id().isArxiv()) {
            field(out, "eprint", p.id().value());
            field(out, "archivePrefix", "arXiv");
            if (!p.categories().isEmpty()) {
                field(out, "primaryClass", escape(p.categories().get(0)));
            }
        }
        if (p.doi() != null) {
            field(out, "doi", escape(p.doi()));
        }
        if (p.primaryUrl().filter(PaperLink::isSafeToOpen).isPresent()) {
            field(out, "url", PrintableText.line(p.primaryUrl().get()).replace("\\", "%5C").replace("}", "%7D")
                    .replace("{", "%7B"));
        }
        if (!entry.state().tags().isEmpty()) {
            field(out, "keywords", escape(String.join(", ", entry.state().tags().stream().sorted().toList())));
        }
        field(out, "abstract", escape(p.abstractText()));
        if (entry.state().hasNote()) {
            // annote: BibTeX's field for the reader's own annotation (shown by annotated bibliography styles).
            field(out, "annote", escape(entry.state().note()));
        }
        out.write("}\n\n");
    }

    @Override
    public void end(Writer out) throws IOException {
        out.flush();
    }

    /** The word BibTeX splits an author list on (any case, between spaces, outside braces). */
    private static final Pattern AND = Pattern.compile("(?i)(^|\\s)and(\\s|$)");

    /**
     * The names joined by "and", a name that holds the word itself in braces: 14 of 144,468 real arXiv records have a
     * name such as "Adam Hewitt and", which BibTeX had read as an empty author after it ("Hewitt and and Duthie").
     */
    private static String authors(List<String> names) {
        return String.join(" and ", names.stream().filter(name -> !name.isBlank()).map(name -> {
            String escaped = escape(name.strip());
            return AND.matcher(name).find() ? "{" + escaped + "}" : escaped;
        }).toList());
    }

    private static void field(Writer out, String name, String value) throws IOException {
        out.write("  " + name + " = {" + value + "},\n");
    }

    private static String uniqueKey(Paper p, Set<String> used) {
        String author = p.authors().isEmpty() ? "anon" : lastName(p.authors().get(0));
        String year = p.published() == null ? "" : Integer.toString(p.published().getYear());
        String word = "";
        for (String w : p.title().split("\\s+")) {
            String letters = ascii(w);
            if (letters.length() > 3) {
                word = letters;
                break;
            }
        }
        String base = author + year + word;
        String key = base;
        for (int n = 0; !used.add(key); n++) {
            key = base + suffix(n);
        }
        return key;
    }

    /** a, b, … z, aa, ab, …: letters only, so a key stays a key however many papers share its base. */
    private static String suffix(int n) {
        StringBuilder letters = new StringBuilder();
        for (int i = n; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('a' + i % 26));
        }
        return letters.toString();
    }

    private static String lastName(String author) {
        String[] parts = author.strip().split("\\s+");
        String last = ascii(parts[parts.length - 1]);
        return last.isEmpty() ? "anon" : last;
    }

    private static String ascii(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The value as BibTeX may hold it ({@link BibtexText}). */
    static String escape(String text) {
        return BibtexText.value(text);
    }
}
