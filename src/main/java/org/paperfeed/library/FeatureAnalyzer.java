package org.paperfeed.library;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How title and abstract become For you's features ({@link PaperFields#SHINGLE}): words folded to ASCII lower case,
 * stop words and tokens without two letters dropped, Porter stems, then each stem and each pair of neighbouring
 * stems. A dropped word leaves a gap, and no pair spans a gap, so "of the" never pairs and "model of data" gives no
 * "model data". The same tokenizer and folding as the searched fields, so a feature is a word the search knows.
 *
 * <p>The benchmark's raw import side ({@code bench.RawAnalyzers}) indexes a copy of this chain, so that both sides
 * do the same work while the raw side stays plain Lucene: a change here belongs there too.
 */
final class FeatureAnalyzer extends Analyzer {

    /** Fills a gap in {@link ShingleFilter}; a pair holding it spans a dropped word and is dropped too. */
    private static final String GAP = "\u0001";

    /**
     * English function words, and the boilerplate of abstracts: they would pair with everything ("we propose",
     * "in this paper") and say nothing about a topic. Lucene's own English list is only 33 words.
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(Arrays.asList(
            "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already",
            "also", "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at",
            "be", "became", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "cannot", "could", "do", "does", "done", "down", "due", "during", "each", "either", "else", "enough",
            "etc", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "he", "her",
            "here", "hers", "him", "his", "how", "however", "i", "ie", "if", "in", "into", "is", "it", "its",
            "itself", "just", "last", "less", "many", "may", "me", "might", "more", "moreover", "most", "much",
            "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only",
            "onto", "or", "other", "others", "otherwise", "our", "ours", "out", "over", "own", "per", "rather",
            "same", "several", "she", "should", "show", "shows", "shown", "since", "so", "some", "still", "such",
            "than", "that", "the", "their", "them", "themselves", "then", "there", "thereby", "therefore", "these",
            "they", "this", "those", "though", "through", "thus", "to", "too", "towards", "under", "until", "up",
            "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whereas",
            "whether", "which", "while", "who", "whole", "whom", "whose", "why", "will", "with", "within",
            "without", "would", "yet", "you", "your", "paper", "propose", "proposed", "present", "presents",
            "based", "using", "use", "used", "new", "approach", "method", "methods", "results", "result"), false);

    /**
     * Each stem in {@code text} with the word it first came from, as written but folded to lower case
     * ({@code network} → {@code networks}), and each pair of stems with the two words it first came from: "Why"
     * shows words a reader recognises, not stems.
     */
    static java.util.Map<String, String> surfaceForms(String text) throws java.io.IOException {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        try (Analyzer analyzer = new SurfaceAnalyzer(); TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.KeywordAttribute keyword =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.KeywordAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment = stream.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            String surface = null;
            String previousStem = null;
            String previousSurface = null;
            boolean adjacent = false;
            while (stream.incrementToken()) {
                if (keyword.isKeyword()) {
                    surface = term.toString();
                    adjacent = increment.getPositionIncrement() == 1;
                } else if (surface != null) {
                    String stem = term.toString();
                    forms.putIfAbsent(stem, surface);
                    if (previousStem != null && adjacent) {
                        // a pair as the paper wrote it, so "neural network" does not read "neural networks"
                        forms.putIfAbsent(previousStem + " " + stem, previousSurface + " " + surface);
                    }
                    previousStem = stem;
                    previousSurface = surface;
                }
            }
            stream.end();
        }
        return forms;
    }

    /** The features' words before stemming, each followed by its stem ({@link KeywordRepeatFilter}). */
    private static final class SurfaceAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
            stream = new WordsOnly(new StopFilter(stream, STOP_WORDS));
            return new TokenStreamComponents(source, new PorterStemFilter(new KeywordRepeatFilter(stream)));
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new WordsOnly(stream);
        stream = new PorterStemFilter(stream);
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setFillerToken(GAP);
        shingles.setOutputUnigrams(true);
        return new TokenStreamComponents(source, new NoGaps(shingles));
    }

    /** Keeps tokens of at least two characters that start with a letter (no numbers, no "x1"-style fragments). */
    private static final class WordsOnly extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordsOnly(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return term.length() >= 2 && Character.isLetter(term.charAt(0));
        }
    }

    /** Drops pairs that span a dropped word. */
    private static final class NoGaps extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NoGaps(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                if (term.charAt(i) == GAP.charAt(0)) {
                    return false;
                }
            }
            return true;
        }
    }
}
