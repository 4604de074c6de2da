package org.paperfeed.model.latex;

/**
 * One stretch of a title or abstract as the source wrote it, {@code [start, end)}, and how it reads in Unicode.
 * Segments cover the source in order, without gaps.
 *
 * @param text    the Unicode form; the source itself when it could not be read ({@link #raw()})
 * @param formula for inline math, the LaTeX between the delimiters, to typeset; null for text, and for math too large
 *                or too hostile to typeset (it is then shown raw)
 * @param math    whether the source is a formula ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]})
 * @param raw     whether {@link #text} is the source unchanged (plain words, or markup that could not be read)
 */
public record LatexSegment(int start, int end, String text, String formula, boolean math, boolean raw) {

    /** Plain source text, shown as written. */
    static LatexSegment verbatim(String source, int start, int end) {
        return new LatexSegment(start, end, source.substring(start, end), null, false, true);
    }
}
