package org.paperfeed.library;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.paperfeed.model.latex.LatexSegment;
import org.paperfeed.model.latex.LatexText;

/**
 * Feeds the analysis of a title or abstract its Unicode form ({@link LatexText}), with every offset corrected back
 * into the source: {@code Schr\"odinger} is indexed as {@code schrodinger}, and the highlighter still marks the
 * stored source text, which is what the rows and the reading pane convert for display.
 *
 * <p>Sub- and superscripts are indexed as their base characters ({@code CO₂} as {@code co2}).
 *
 * <p>A plain stretch maps character for character; a converted piece maps its first character to the start of its
 * source and every later one a character further, never past the piece's end, so offsets only grow.
 */
final class LatexCharFilter extends BaseCharFilter {

    private String converted;
    private int position;

    LatexCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (converted == null) {
            converted = convert(readAll());
        }
        if (position >= converted.length()) {
            return -1;
        }
        int count = Math.min(length, converted.length() - position);
        converted.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[4096];
        for (int read = input.read(chunk); read >= 0; read = input.read(chunk)) {
            all.append(chunk, 0, read);
        }
        return all.toString();
    }

    /**
     * Sub- and superscript digits and letters as their base characters, one for one: the tokenizer would split
     * {@code CO₂} into {@code co} and a lone {@code ₂}; indexed as {@code CO2} it is the word people type.
     */
    static String baseScripts(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.OTHER_NUMBER || type == Character.MODIFIER_LETTER) {
                String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
                if (base.length() == 1 && Character.isLetterOrDigit(base.charAt(0))) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = base.charAt(0);
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    private String convert(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int diff = 0;
        for (LatexSegment segment : LatexText.segments(source)) {
            String text = segment.raw() ? segment.text() : baseScripts(segment.text());
            for (int k = 0; k <= text.length(); k++) {
                int outOffset = out.length() + k;
                int sourceOffset = k == text.length() ? segment.end() : Math.min(segment.start() + k, segment.end());
                if (sourceOffset - outOffset != diff) {
                    diff = sourceOffset - outOffset;
                    addOffCorrectMap(outOffset, diff);
                }
            }
            out.append(text);
        }
        return out.toString();
    }
}
