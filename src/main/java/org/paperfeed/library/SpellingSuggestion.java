package org.paperfeed.library;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": a search that found nothing, with each of its plain words that no paper has as written (or only a
 * few papers, misspelt as well) replaced by the nearest word the library holds (at most two edits away, Lucene's
 * {@link DirectSpellChecker} over the words of the abstracts, titles and author names; the most papers first among
 * equally near ones), offered only when the corrected search finds papers. The index keeps each word as written
 * beside its stem, so what is suggested is a word of the papers, not a stem. Field words ({@code cat:cs.LG}),
 * excluded words ({@code -survey}), prefixes ({@code diffus*}), operators and words shorter than four letters are left
 * as typed: a correction there would more often be a guess than a fix.
 */
final class SpellingSuggestion {

    /** The words it may correct: letters only, four or more, not by a field's colon, a prefix's star or a minus. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*\\-_.])\\p{L}{4,}(?![\\p{L}\\p{N}:*_])");
    private static final String[] FIELDS = {PaperFields.ABSTRACT, PaperFields.TITLE, PaperFields.AUTHOR};
    /** Folds a word as the index keeps it as written; one for every look-up (it reuses its streams per thread). */
    private static final org.apache.lucene.analysis.Analyzer EXACT = PaperAnalyzers.exact();

    /** How many papers a search matches: the library's own count, so a correction is offered only if it finds some. */
    @FunctionalInterface
    interface Counter {
        long count(String query) throws QuerySyntaxException, IOException;
    }

    /** A word written so in at most this many papers may be a typo others made too. */
    private static final int RARE = 3;
    /** ... and is corrected only to a word written at least this many times as often. */
    private static final int MORE_COMMON = 20;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggestion() {
        // A typo keeps its first letter far more often than not; starting the look-up there keeps it fast.
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
    }

    /**
     * The corrected search, when {@code query} found nothing, some word of it matches no paper, a near word does, and
     * the corrected search finds papers; empty otherwise.
     */
    Optional<String> correct(String query, IndexReader reader, Counter counter) throws IOException {
        StringBuilder corrected = new StringBuilder();
        Matcher words = WORD.matcher(query);
        int last = 0;
        boolean changed = false;
        try {
            while (words.find()) {
                String word = words.group();
                corrected.append(query, last, words.start());
                last = words.end();
                String folded = folded(word);
                Optional<String> nearest = isOperator(word) || folded == null ? Optional.empty()
                        : nearest(folded, written(folded, reader), reader);
                corrected.append(nearest.orElse(word));
                changed |= nearest.isPresent();
            }
            corrected.append(query.substring(last));
            if (!changed || counter.count(corrected.toString()) == 0) {
                return Optional.empty();
            }
        } catch (QuerySyntaxException e) {
            // A search that does not parse is told as such, not corrected.
            return Optional.empty();
        }
        return Optional.of(corrected.toString());
    }

    /**
     * In how many papers the word is written so, in the field that has it most (the index keeps each word as written
     * beside its stem): a word found only through its stem ("reinforcment" stems as "reinforcement" does) is still a
     * typo worth correcting.
     */
    private static int written(String folded, IndexReader reader) throws IOException {
        int most = 0;
        for (String field : FIELDS) {
            most = Math.max(most, reader.docFreq(new Term(field, folded)));
        }
        return most;
    }

    /** The word as the index keeps it as written (lower case, accents folded); null if it is not one word. */
    private static String folded(String word) throws IOException {
        try (TokenStream tokens = EXACT.tokenStream(PaperFields.ABSTRACT, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String only = tokens.incrementToken() ? term.toString() : null;
            boolean more = tokens.incrementToken();
            tokens.end();
            return more ? null : only;
        }
    }

    /**
     * The nearest word to one no paper writes so ({@code written} 0); for one that a few papers write so (at most
     * {@link #RARE} of them: the same typo made in an abstract, as "transfomer" is in real ones), the nearest word
     * written at least {@link #MORE_COMMON} times as often. A word written more often is left as it is.
     */
    private Optional<String> nearest(String word, int written, IndexReader reader) throws IOException {
        if (written > RARE) {
            return Optional.empty();
        }
        SuggestWord best = null;
        for (String field : FIELDS) {
            for (SuggestWord candidate : checker.suggestSimilar(new Term(field, word), 1, reader,
                    written == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR)) {
                if (candidate.freq < (long) MORE_COMMON * written) {
                    continue;
                }
                if (best == null || candidate.score > best.score
                        || (candidate.score == best.score && candidate.freq > best.freq)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(found -> found.string);
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }
}
