package org.paperfeed.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a title that two sources agree on: case, accents, punctuation and spacing removed.
 * Sources disagree on exactly these (arXiv hard-wraps, HF strips LaTeX braces, pages add curly quotes).
 */
public final class TitleKey {

    private TitleKey() {
    }

    public static String of(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.appendCodePoint(cp);
            } else {
                pendingSpace = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
