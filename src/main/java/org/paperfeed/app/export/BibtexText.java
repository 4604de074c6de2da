package org.paperfeed.app.export;

import org.paperfeed.model.PrintableText;

/**
 * A field value for a BibTeX file: the source's LaTeX kept where it is safe, neutralised where it is not.
 *
 * <p>BibTeX ends a braced value at the brace that balances its opening one, and counts every brace, escaped or not
 * ({@code \}} closes a value like {@code }} does). So a value whose braces balance is kept as it is ({@code
 * $\mathcal{L}$}, {@code Schr\"odinger}, {@code {BERT}} render as the source meant), and in a value whose braces do
 * not (counted BibTeX's way, or the way of parsers that skip an escaped brace), every brace becomes
 * {@code \textbraceleft{}} or {@code \textbraceright{}}: printed the same, balanced by construction, so no title can
 * close its entry and start another. Outside math, {@code &}, {@code %}, {@code #} and
 * {@code _} are escaped (LaTeX would otherwise read an alignment tab, a comment, a parameter or a subscript); an odd
 * number of {@code $} (math that never closes) has every {@code $} escaped; a trailing backslash, which would escape
 * the closing brace in LaTeX, is spelled out, and an escaped backslash before a brace or the end gets a space (some
 * parsers read {@code \\\\}} as a backslash and an escaped brace, and would not see the value close).
 */
final class BibtexText {

    private BibtexText() {
    }

    static String value(String raw) {
        String text = PrintableText.line(raw);
        if (!bracesBalance(text, false) || !bracesBalance(text, true)) {
            text = neutraliseBraces(text);
        }
        boolean mathCloses = unescapedDollars(text) % 2 == 0;
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean escaped = false;
        boolean math = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                out.append(c);
                escaped = false;
                if (c == '\\' && braceOrEndAt(text, i + 1)) {
                    // "\\}" and "\\{": parsers that read "\}" as an escaped brace (jbibtex does) would not see the
                    // value end; a space after LaTeX's line break changes nothing it prints
                    out.append(' ');
                }
            } else if (c == '\\') {
                if (i == text.length() - 1) {
                    out.append("\\textbackslash{}");
                } else {
                    out.append(c);
                    escaped = true;
                }
            } else if (c == '$') {
                if (mathCloses) {
                    math = !math;
                    out.append(c);
                } else {
                    out.append("\\$");
                }
            } else if (!math && (c == '&' || c == '%' || c == '#' || c == '_')) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean braceOrEndAt(String text, int i) {
        return i == text.length() || text.charAt(i) == '{' || text.charAt(i) == '}';
    }

    /**
     * Whether the braces balance: never below zero, zero at the end. BibTeX's own count takes every brace, escaped or
     * not; parsers that skip an escaped brace (jbibtex does, {@code skipEscaped}) count {@code \mathcal{\}} one brace
     * deep, and would read past the value's end into the next entry. A value keeps its braces only if both counts
     * balance.
     */
    static boolean bracesBalance(String text, boolean skipEscaped) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (skipEscaped && c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String neutraliseBraces(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escapedBrace = c == '\\' && i + 1 < text.length()
                    && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '}');
            if (escapedBrace) {
                continue; // "\{" and "{" both become the printed brace
            }
            if (c == '{') {
                out.append("\\textbraceleft{}");
            } else if (c == '}') {
                out.append("\\textbraceright{}");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int unescapedDollars(String text) {
        int count = 0;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '$') {
                count++;
            }
        }
        return count;
    }
}
