package org.paperfeed.model;

/**
 * Text from feeds made safe to print: no character in it can move a terminal's cursor, recolour it, ring its bell,
 * open a hyperlink (OSC 8) or reverse the order in which the rest of a line is shown.
 *
 * <p>Ingest applies {@link #clean} to every field, so a library imported from now on holds only printable text; the
 * command line and the exports apply {@link #line} to whatever they print, so libraries imported before are safe too.
 *
 * <p>Characters U+0080–U+009F (the C1 controls, among them CSI and OSC) are almost always windows-1252 bytes that a
 * feed decoded as Latin-1: {@code \u0093quoted\u0094} meant “quoted”. Where windows-1252 gives a printable character
 * they become that character; the five code points windows-1252 leaves undefined are dropped.
 */
public final class PrintableText {

    /** windows-1252's characters for 0x80–0x9F; {@code 0} where it defines none. */
    private static final char[] WINDOWS_1252 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    private PrintableText() {
    }

    /**
     * {@code text} without control characters (tab, line feed and carriage return are kept, as whitespace), without
     * bidirectional embeddings, overrides and isolates, and with C1 controls read as windows-1252.
     */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0080' && c <= '\u009F') {
                char mapped = WINDOWS_1252[c - 0x80];
                if (mapped != 0) {
                    out.append(mapped);
                }
            } else if (!isUnprintable(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #clean} text on one line: tabs, line breaks and carriage returns become spaces. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text);
        return cleaned.indexOf('\n') < 0 && cleaned.indexOf('\r') < 0 && cleaned.indexOf('\t') < 0 ? cleaned
                : cleaned.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** True when {@code text} holds nothing {@link #clean} would change (the usual case, checked without copying). */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u0080' && c <= '\u009F') || isUnprintable(c)) {
                return false;
            }
        }
        return true;
    }

    /** True for a control character (except tab, LF, CR) or a bidirectional embedding, override or isolate. */
    public static boolean isUnprintable(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
