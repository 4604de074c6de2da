package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;

/**
 * BibTeX entries as arXiv itself exports them ({@code @misc} with {@code eprint}, {@code archivePrefix} and
 * {@code primaryClass}), which biblatex and BibTeX styles both cite correctly. Keys are author-year-word, made
 * unique within the file.
 */
final class BibtexWriter implements PaperWriter {

    @Override
    public void write(List<LibraryPaper> papers, Writer out) throws IOException {
        Set<String> usedKeys = new HashSet<>();
        for (LibraryPaper entry : papers) {
            Paper p = entry.paper();
            out.write("@misc{" + uniqueKey(p, usedKeys) + ",\n");
            field(out, "title", "{" + escape(p.title()) + "}");
            if (!p.authors().isEmpty()) {
                field(out, "author", escape(String.join(" and ", p.authors())));
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
            if (p.primaryUrl().filter(PaperLink::isSafeToOpen).isPresent()) {
                field(out, "url", p.primaryUrl().get().replace("}", "%7D").replace("{", "%7B"));
            }
            if (!entry.state().tags().isEmpty()) {
                field(out, "keywords", escape(String.join(", ", entry.state().tags().stream().sorted().toList())));
            }
            field(out, "abstract", escape(p.abstractText()));
            out.write("}\n\n");
        }
        out.flush();
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
        for (char suffix = 'a'; !used.add(key); suffix++) {
            key = base + suffix;
        }
        return key;
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

    /** Escapes the characters LaTeX treats as commands, and drops unbalanced braces so the entry still parses. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}' -> out.append('\\').append(c);
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
