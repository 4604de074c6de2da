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
 * "Did you mean": a search that found nothing, with each of its plain words that no paper has as written replaced by the
 * nearest word the library holds (at most two edits away, Lucene's {@link DirectSpellChecker} over the words of the
 * abstracts, titles and author names; the most papers first among equally near ones), offered only when the
 * corrected search finds papers. The index keeps each word as written beside its stem, so what is suggested is a word
 * of the papers, not a stem. Field words ({@code cat:cs.LG}), excluded words ({@code -survey}), prefixes
 * ({@code diffus*}), operators and words shorter than four letters are left as typed: a correction there would more
 * often be a guess than a fix.
 */
final class SpellingSuggestion {

    /** The words it may correct: letters only, four or more, not touching a field's colon, a prefix's star or a minus. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*\\-_.])\\p{L}{4,}(?![\\p{L}\\p{N}:*_])");
    private static final String[] FIELDS = {PaperFields.ABSTRACT, PaperFields.TITLE, PaperFields.AUTHOR};

    /** How many papers a search matches: the library's own count, so a correction is offered only if it finds some. */
    @FunctionalInterface
    interface Counter {
        long count(String query) throws QuerySyntaxException, IOException;
    }

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
                Optional<String> nearest = isOperator(word) || folded == null || written(folded, reader)
                        ? Optional.empty() : nearest(folded, reader);
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
     * Whether some paper has the word as written (the index keeps each word as written beside its stem): a word found
     * only through its stem ("reinforcment" stems as "reinforcement" does) is still a typo worth correcting.
     */
    private static boolean written(String folded, IndexReader reader) throws IOException {
        for (String field : FIELDS) {
            if (reader.docFreq(new Term(field, folded)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The word as the index keeps it as written (lower case, accents folded); null if it is not one word. */
    private static String folded(String word) throws IOException {
        try (TokenStream tokens = PaperAnalyzers.exact().tokenStream(PaperFields.ABSTRACT, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String only = tokens.incrementToken() ? term.toString() : null;
            boolean more = tokens.incrementToken();
            tokens.end();
            return more ? null : only;
        }
    }

    private Optional<String> nearest(String word, IndexReader reader) throws IOException {
        SuggestWord best = null;
        for (String field : FIELDS) {
            for (SuggestWord candidate : checker.suggestSimilar(new Term(field, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
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
