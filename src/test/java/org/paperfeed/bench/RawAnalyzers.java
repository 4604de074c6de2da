package org.paperfeed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
        return new PerFieldAnalyzerWrapper(analyzer(false, false), Map.of("title", prose, "abstract", prose));
    }

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
