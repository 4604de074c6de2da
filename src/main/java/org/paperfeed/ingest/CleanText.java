package org.paperfeed.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.paperfeed.model.PrintableText;

/**
 * Titles and abstracts as a reader sees them: one line of plain text.
 *
 * <p>arXiv hard-wraps titles and abstracts and feeds indent them, so runs of whitespace collapse to one space; no word
 * is changed. Plain-text fields stay literal, so a {@code <script>} in a title is just text that nothing executes.
 * Only fields that are HTML (journal RSS descriptions, Atom {@code type="html"}) go through jsoup, and even there a
 * script's words are kept as text instead of silently vanishing.
 */
final class CleanText {

    // Only real HTML tags count: math abstracts say "a <b> c" or "<s> token" far more often than they carry markup.
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(?:p|div|br|b|i|em|strong|a|span|img|ul|ol|li|h[1-6]|sub|sup|table|tr|td|blockquote|font|script"
                    + "|style|code|pre|hr)(?:\\s[^<>]{0,500})?/?>|&(?:[a-z]{2,8}|#\\d{1,6}|#x[0-9a-f]{1,6});");

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

    static boolean looksLikeHtml(String text) {
        return text != null && HTML_TAG.matcher(text).find();
    }

    /** The words of an HTML fragment as plain text; a fragment without markup is only normalised. */
    static String fromHtml(String html) {
        if (!looksLikeHtml(html)) {
            return normalize(html);
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element script : document.select("script")) {
            script.replaceWith(new TextNode(script.data()));
        }
        document.select("style").remove();
        return normalize(document.body().text());
    }
}
