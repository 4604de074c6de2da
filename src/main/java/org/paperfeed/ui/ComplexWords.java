package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts text for {@link javafx.scene.text.Text} nodes so that each word holding a character JavaFX shapes as complex
 * text (a combining mark, a joiner, a script such as Devanagari) is a node of its own. JavaFX 21 on Linux breaks a
 * wrapped complex run into the right lines but draws the whole run on the first: {@code $\bar{N}_m$} in an abstract
 * (N, a combining macron, a subscript m) made a row's snippet draw its line on past the row and then again on the next
 * line. A word alone in its node is never broken, so it is drawn where it is laid out; the rest of the text stays in
 * long runs, as before. A word is cut out when in doubt: a node too many costs nothing a reader sees.
 */
final class ComplexWords {

    /** Scripts JavaFX lays out without shaping; a word of any other script is cut out. */
    private static final Set<Character.UnicodeScript> SIMPLE = Set.of(Character.UnicodeScript.COMMON,
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA, Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.HANGUL);

    private ComplexWords() {
    }

    /** {@code text} in pieces that join to it again: plain stretches, and each word that needs shaping alone. */
    static List<String> pieces(String text) {
        if (!any(text)) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int wordFrom = i;
            boolean shaped = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                int c = text.codePointAt(i);
                shaped |= complex(c);
                i += Character.charCount(c);
            }
            if (shaped) {
                if (plainFrom < wordFrom) {
                    pieces.add(text.substring(plainFrom, wordFrom));
                }
                pieces.add(text.substring(wordFrom, i));
                plainFrom = i;
            }
        }
        if (plainFrom < n) {
            pieces.add(text.substring(plainFrom));
        }
        return pieces;
    }

    /** Whether {@code text} holds a character JavaFX may shape as complex text. */
    static boolean any(String text) {
        return text.codePoints().anyMatch(ComplexWords::complex);
    }

    /** Whether JavaFX may shape this character as complex text: a mark, a format character, or another script. */
    static boolean complex(int c) {
        if (c < 0x0300) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
            return true;
        }
        return !SIMPLE.contains(Character.UnicodeScript.of(c));
    }
}
