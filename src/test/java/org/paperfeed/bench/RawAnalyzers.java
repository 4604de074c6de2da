package org.paperfeed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The raw baseline's analysers: the same chain as PaperFeed's {@code PaperAnalyzers}, duplicated here (not reached
 * through an accessor) so the baseline runs no PaperFeed code at all. If one changes, change the other.
 */
final class RawAnalyzers {

    private RawAnalyzers() {
    }

    static Analyzer indexing() {
        Analyzer prose = analyzer(true, true);
        return new PerFieldAnalyzerWrapper(analyzer(false, false), Map.of("title", prose, "abstract", prose,
                "shingle", features()));
    }

    /** PaperFeed's {@code FeatureAnalyzer} chain: folded words, stop words out, stems, and pairs that span no gap. */
    private static Analyzer features() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
                stream = new StopFilter(stream, FEATURE_STOP_WORDS);
                stream = new FilteringTokenFilter(stream) {
                    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                    @Override
                    protected boolean accept() {
                        return term.length() >= 2 && Character.isLetter(term.charAt(0));
                    }
                };
                ShingleFilter shingles = new ShingleFilter(new PorterStemFilter(stream), 2, 2);
                shingles.setFillerToken("\u0001");
                shingles.setOutputUnigrams(true);
                return new TokenStreamComponents(source, new FilteringTokenFilter(shingles) {
                    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                    @Override
                    protected boolean accept() {
                        for (int i = 0; i < term.length(); i++) {
                            if (term.charAt(i) == '\u0001') {
                                return false;
                            }
                        }
                        return true;
                    }
                });
            }
        };
    }

    /** As long as PaperFeed's feature stop list (its size is what costs; the words are English function words). */
    private static final CharArraySet FEATURE_STOP_WORDS = new CharArraySet(List.of(
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

    static final Analyzer STEMMED = analyzer(false, true);
    static final Analyzer EXACT = analyzer(false, false);

    private static Analyzer analyzer(boolean repeat, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
                if (repeat) {
                    stream = new KeywordRepeatFilter(stream);
                }
                if (stem) {
                    stream = new PorterStemFilter(stream);
                }
                if (repeat) {
                    stream = new RemoveDuplicatesTokenFilter(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
