package org.paperfeed.model.latex;

import java.util.ArrayList;
import java.util.List;
import org.paperfeed.model.HighlightedText;

/**
 * The LaTeX in titles and abstracts as Unicode text: {@code Schr\"odinger} reads Schrödinger, {@code CO$_2$} reads
 * CO₂, {@code 15\%\sim30\%} reads 15%∼30%, {@code $\mathcal{L}$} reads 𝓛. Pure and bounded: feeds are hostile, so
 * every call ends in time linear in its input, and whatever cannot be read (an unbalanced formula, a macro
 * definition, a formula over {@value #MAX_FORMULA_CHARS} characters, any error at all) stays as the source wrote it.
 * The stored paper never changes: this is how it is shown and indexed.
 */
public final class LatexText {

    /** A longer formula is never converted or typeset: it is shown as written. */
    public static final int MAX_FORMULA_CHARS = 1_000;

    private LatexText() {
    }

    /** The source in segments, each with its Unicode form; the source as one raw segment if anything went wrong. */
    public static List<LatexSegment> segments(String source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        if (!LatexParser.mayHoldMarkup(source)) {
            return List.of(LatexSegment.verbatim(source, 0, source.length()));
        }
        try {
            return new LatexParser(source).parse();
        } catch (RuntimeException | StackOverflowError e) {
            // A budget ran out or the input found a bug: showing the source is always right.
            return List.of(LatexSegment.verbatim(source, 0, source.length()));
        }
    }

    /** The source as Unicode text, for list rows and the index. */
    public static String unicode(String source) {
        if (source == null || !LatexParser.mayHoldMarkup(source)) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        segments(source).forEach(segment -> out.append(segment.text()));
        return out.toString();
    }

    /**
     * Highlighted source text (a title or snippet marked by a search) as Unicode text with the same words marked: a
     * plain stretch keeps its marks character by character, a converted one is marked when any of its source was.
     */
    public static HighlightedText unicode(HighlightedText source) {
        String text = source.text();
        if (!LatexParser.mayHoldMarkup(text)) {
            return source;
        }
        boolean[] marked = new boolean[text.length()];
        int at = 0;
        for (HighlightedText.Span span : source.spans()) {
            if (span.match()) {
                java.util.Arrays.fill(marked, at, at + span.text().length(), true);
            }
            at += span.text().length();
        }
        Spans spans = new Spans();
        for (LatexSegment segment : segments(text)) {
            if (segment.raw() && !segment.math()) {
                for (int i = segment.start(); i < segment.end(); i++) {
                    spans.add(String.valueOf(text.charAt(i)), marked[i]);
                }
            } else {
                boolean match = false;
                for (int i = segment.start(); i < segment.end() && !match; i++) {
                    match = marked[i];
                }
                spans.add(segment.text(), match);
            }
        }
        return spans.build();
    }

    /** Builds spans, joining neighbours with the same mark. */
    private static final class Spans {
        private final List<HighlightedText.Span> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean match;

        void add(String text, boolean marked) {
            if (text.isEmpty()) {
                return;
            }
            if (marked != match && current.length() > 0) {
                done.add(new HighlightedText.Span(current.toString(), match));
                current.setLength(0);
            }
            match = marked;
            current.append(text);
        }

        HighlightedText build() {
            if (current.length() > 0 || done.isEmpty()) {
                done.add(new HighlightedText.Span(current.toString(), match));
            }
            return new HighlightedText(done);
        }
    }
}
