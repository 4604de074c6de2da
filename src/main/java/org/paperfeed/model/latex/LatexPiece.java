package org.paperfeed.model.latex;

/**
 * A piece of highlighted text as it is shown: Unicode text marked or not, or a formula.
 *
 * @param text    the Unicode form (for a formula: what to show if it is not typeset, the source when it was unreadable)
 * @param match   whether a search matched any of the source behind it
 * @param formula the LaTeX to typeset, without delimiters; null for text and for formulas never to be typeset
 * @param source  for a formula, the source with its delimiters, shown when typesetting fails; null for text
 */
public record LatexPiece(String text, boolean match, String formula, String source) {

    public boolean isFormula() {
        return source != null;
    }
}
