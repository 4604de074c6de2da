package org.paperfeed.app.export;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import org.paperfeed.model.PrintableText;

/**
 * JSON escapes for what a terminal would obey: JSON already escapes C0 controls, and this escapes C1 controls (CSI,
 * OSC…), DEL and bidi overrides as {@code \}{@code uXXXX} too. The text stays exact, so a JSON export is still a
 * faithful backup, while {@code paperfeed list --json} printed on a terminal cannot drive it.
 */
final class TerminalSafeEscapes extends CharacterEscapes {

    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch <= 0xFFFF && PrintableText.isUnprintable((char) ch)) {
            return new SerializedString(String.format("\\u%04X", ch));
        }
        return null;
    }
}
