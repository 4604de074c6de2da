package org.paperfeed.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.paperfeed.model.PrintableText;

/**
 * Titles and abstracts as a reader sees them: one line of plain text.
 *
 * <p>arXiv hard-wraps titles and abstracts and feeds indent them, so runs of whitespace collapse to one space; no word
 * is changed. Plain-text fields stay literal, so a {@code <script>} in a title is just text that nothing executes.
 * Only fields that are HTML (journal RSS descriptions, Atom {@code type="html"}) go through jsoup, which reads them as
 * a browser would: the words shown, scripts, styles and embedded objects dropped (a browser never shows their code).
 */
final class CleanText {

    // Only real HTML tags count: math abstracts say "a <b> c" or "<s> token" far more often than they carry markup.
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(?:p|div|br|b|i|em|strong|a|span|img|ul|ol|li|h[1-6]|sub|sup|table|tr|td|blockquote|font|script"
                    + "|style|code|pre|hr|blink|applet|embed|object|iframe|frame|frameset|meta|link|noscript)(?:\\s[^<>]{0,500})?/?>|&(?:[a-z]{2,8}|#\\d{1,6}|#x[0-9a-f]{1,6});");

    private static final String HIDDEN_HTML = "script, style, embed, iframe, frame, frameset, noscript, noembed,"
            + " noframes, template, meta, link, base, head, param";
    /** Embedded objects whose children are the fallback a browser shows when it does not run the object. */
    private static final String FALLBACK_HTML = "object, applet";

    private CleanText() {
    }

    /**
     * Whitespace runs (including no-break and other Unicode spaces) collapsed to one space, ends stripped; control and
     * bidi-override characters dropped and C1 controls read as the windows-1252 characters they usually are
     * ({@link PrintableText#clean}), before U+0085 could pass for a line break.
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        if (isOneLine(raw) && PrintableText.isClean(raw)) {
            return raw;
        }
        String text = PrintableText.clean(raw);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True when {@link #normalize} would change nothing but control characters: no space at either end, no run of
     * spaces, no whitespace but the plain space. Checked without copying, since most text read is already so (every
     * paper passes through {@link PaperLimits} after its parser normalised it).
     */
    private static boolean isOneLine(String text) {
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                return false;
            } else {
                space = false;
            }
        }
        return !space || text.isEmpty();
    }

    static boolean looksLikeHtml(String text) {
        return text != null && HTML_TAG.matcher(text).find();
    }

    /**
     * The words of a field that may or may not be HTML (an RSS title or description) as plain text; a fragment without
     * real tags or entities is only normalised, so "a <b> c" in a math abstract stays as typed.
     */
    static String fromHtml(String html) {
        if (!looksLikeHtml(html)) {
            return normalize(html);
        }
        return htmlToText(html);
    }

    /**
     * The plain text a browser shows for a field that is HTML (Atom {@code type="html"}, Atom 0.3
     * {@code mode="escaped"}): entities decoded, inline tags such as {@code <i>}, {@code <sub>} and {@code <sup>}
     * reduced to their words, and scripts, styles and embedded objects dropped, as a browser never shows their code
     * (an {@code <object>} keeps only the fallback text inside it).
     */
    static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select(HIDDEN_HTML).remove();
        document.select(FALLBACK_HTML).unwrap();
        return normalize(document.body().text());
    }
}
