package org.paperfeed.ui;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search field's text as it is searched while typed: the word still being typed also matches as a prefix, so
 * "protei" lists the protein papers instead of emptying the list until the word is complete. A finished word (a
 * space after it), a phrase, a field ({@code author:}), an operator or a word of one letter or digit is searched as
 * written, but a lone letter or digit, the first key of a search, is not searched until the second. A phrase whose
 * closing quote is not typed yet is searched as if it were, its last word, while typed, as a prefix.
 */
final class TypedQuery {

    /** A plain word of letters or digits: what a prefix can stand for. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TypedQuery() {
    }

    /**
     * Whether {@code typed} ends inside a phrase, its closing quote not typed yet: searched as if closed while typed
     * ({@link #completing}), but not a query to save or to run anywhere else as it stands.
     */
    static boolean opensAPhrase(String typed) {
        return typed != null && typed.chars().filter(c -> c == '"').count() % 2 != 0;
    }

    /**
     * An open phrase as it is searched while typed: closed, its last word, while still typed, matching as a prefix
     * beside the phrase of the words before it ({@code "protein fol} as {@code "protein" (fol OR fol*)}), so the
     * list does not empty on a word not finished, as it does not outside a phrase.
     */
    private static String completingAPhrase(String typed) {
        int open = typed.lastIndexOf('"');
        String before = typed.substring(0, open);
        String inside = typed.substring(open + 1);
        // Nothing in it yet: what comes before it is searched ("" is no query, and said so at the first key).
        if (inside.isBlank()) {
            return before;
        }
        if (Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            return typed + '"';
        }
        int start = inside.length();
        while (start > 0 && !Character.isWhitespace(inside.charAt(start - 1))) {
            start--;
        }
        String last = inside.substring(start);
        if (!WORD.matcher(last).matches()) {
            return typed + '"';
        }
        String done = inside.substring(0, start).strip();
        if (last.codePointCount(0, last.length()) < 2) {
            // One letter is too short a prefix, as outside a phrase: the phrase so far until the second.
            return before + (done.isEmpty() ? "" : "\"" + done + "\"");
        }
        return before + (done.isEmpty() ? "" : "\"" + done + "\" ") + "(" + last + " OR " + last + "*)";
    }

    static String completing(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed == null ? "" : typed;
        }
        // Inside an open phrase the last word is part of it, and the phrase is searched as if closed: the closing
        // quote comes last, and until then every key had shown "missing closing quote" over the list.
        if (opensAPhrase(typed)) {
            return completingAPhrase(typed);
        }
        if (Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            return typed;
        }
        int start = typed.length();
        while (start > 0 && !Character.isWhitespace(typed.charAt(start - 1)) && typed.charAt(start - 1) != '(') {
            start--;
        }
        String last = typed.substring(start);
        String upper = last.toUpperCase(Locale.ROOT);
        // One letter or digit is too short a prefix to search: after other words it is searched as typed ("type 2",
        // "vitamin d"); alone, the first key of a search, it waits for the second, the list showing the view as it
        // was rather than the few papers holding that one letter as a word.
        if (typed.substring(0, start).isBlank() && WORD.matcher(last).matches() && last.codePointCount(0, last.length()) < 2) {
            return "";
        }
        if (!WORD.matcher(last).matches() || last.codePointCount(0, last.length()) < 2 || upper.equals("OR")
                || upper.equals("AND") || upper.equals("NOT")) {
            return typed;
        }
        // The word itself too: a prefix query does not stem, and a whole word must keep finding its other forms.
        return typed.substring(0, start) + "(" + last + " OR " + last + "*)";
    }
}
