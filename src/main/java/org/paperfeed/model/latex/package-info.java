/**
 * The LaTeX that arXiv titles and abstracts hold, read as Unicode text: {@link org.paperfeed.model.latex.LatexText}
 * turns {@code Schr\"odinger}, {@code CO$_2$}, {@code 15\%\sim30\%} or {@code $\mathcal{L}$} into Schrödinger, CO₂,
 * 15%∼30% and ℒ, and splits a text into {@link org.paperfeed.model.latex.LatexSegment}s that say which source
 * characters each piece came from and which pieces are formulas to typeset.
 *
 * <p>It lives in {@code model} because every layer reads papers through it: {@code library} indexes the Unicode form
 * (its analysis runs the source through it, keeping offsets into the source), and {@code ui} shows it in list rows
 * and around the typeset formulas of the reading pane, and {@code cli} prints it. A web address reads as the
 * address (the url and href commands give theirs, and a {@code ~} in one stays; a link's own words read as words,
 * "project page (https://…)", unless they are the address or arXiv's "this https URL"). In text, {@code --} and
 * {@code ---} read as en and em dashes, as LaTeX sets them; an arrow ({@code -->}) or a longer run of hyphens stays
 * as written. The stored paper never changes;
 * exports and {@code --json} keep the source.
 *
 * <p>Feeds are hostile, so the parser is hand-written and bounded: a step budget linear in the input, a nesting
 * limit, a size cap per formula, macro definitions refused; whatever cannot be read, or any error at all (a stack
 * overflow included), leaves the source as written. Like the rest of {@code model} it depends on nothing but the JDK.
 */
package org.paperfeed.model.latex;
