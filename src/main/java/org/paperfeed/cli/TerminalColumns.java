package org.paperfeed.cli;

/**
 * Columns as a terminal draws them: a Chinese, Japanese or Korean character, a full-width form or an emoji takes two
 * columns, a combining mark or a format character none. {@code printf("%-24s")} pads by {@code char}s, so a table
 * holding a tag such as "機械学習" had its counts out of line with the rows above and below it.
 *
 * <p>The wide ranges are those of Markus Kuhn's {@code wcwidth} (East Asian Wide and Fullwidth), with the emoji
 * blocks terminals draw two columns wide; Java has no East Asian Width property, and a library holding one (ICU4J,
 * 13 MB) for two tables would be most of the jar's growth.
 */
final class TerminalColumns {

    private TerminalColumns() {
    }

    /** How many columns {@code text} takes on a terminal. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += width(c);
            i += Character.charCount(c);
        }
        return width;
    }

    /** {@code text} and spaces up to {@code columns} columns; {@code text} itself when it is as wide already. */
    static String padRight(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    private static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(c) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115f                    // Hangul Jamo leading consonants
                || c == 0x2329 || c == 0x232a                 // angle brackets
                || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f) // CJK radicals ... Yi
                || (c >= 0xac00 && c <= 0xd7a3)               // Hangul syllables
                || (c >= 0xf900 && c <= 0xfaff)               // CJK compatibility ideographs
                || (c >= 0xfe10 && c <= 0xfe19)               // vertical forms
                || (c >= 0xfe30 && c <= 0xfe6f)               // CJK compatibility forms
                || (c >= 0xff00 && c <= 0xff60)               // full-width forms
                || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f)             // pictographs, emoticons
                || (c >= 0x1f680 && c <= 0x1f6ff)             // transport and map symbols
                || (c >= 0x1f900 && c <= 0x1f9ff)             // supplemental symbols and pictographs
                || (c >= 0x20000 && c <= 0x2fffd)             // CJK extension B and beyond
                || (c >= 0x30000 && c <= 0x3fffd));
    }
}
