package org.paperfeed.library;

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

import java.util.Map;

/**
 * How text becomes terms.
 *
 * <p>Titles and abstracts are indexed with each word twice at the same position, as written and stemmed
 * ({@link KeywordRepeatFilter}), all folded to ASCII lower case. Bare query words are stemmed, so {@code networks}
 * finds {@code network}; quoted phrases are not, so each of their words matches a word as written, or a word whose
 * stem it is ({@code "state space model"} finds "state space models": the stem sits at the same position). One field per text keeps offsets in a
 * single postings list, which is what lets the highlighter mark snippets without re-analysing abstracts.
 *
 * <p>Titles and abstracts are analysed in their Unicode form ({@link LatexCharFilter}): {@code Schr\"odinger},
 * {@code Schrödinger} and {@code schrodinger} are one word, {@code CO$_2$} is {@code co2}; offsets still point into the
 * stored source.
 */
final class PaperAnalyzers {

    private PaperAnalyzers() {
    }

    /** Used by the IndexWriter: stems and surface forms for prose (and AI keywords, organizations), folded words for authors. */
    static Analyzer indexing() {
        Analyzer prose = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folded(source);
                stream = new KeywordRepeatFilter(stream);
                stream = new PorterStemFilter(stream);
                stream = new RemoveDuplicatesTokenFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                // Titles and abstracts are indexed as read (Schr\"odinger as schrodinger), offsets into the source.
                return PaperFields.TITLE.equals(fieldName) || PaperFields.ABSTRACT.equals(fieldName)
                        ? new LatexCharFilter(reader) : reader;
            }
        };
        return new PerFieldAnalyzerWrapper(exact(), Map.of(PaperFields.TITLE, prose, PaperFields.ABSTRACT, prose,
                PaperFields.KEYWORD, prose, PaperFields.ORG, prose, PaperFields.SHINGLE, new FeatureAnalyzer(),
                PaperFields.NOTE, prose));
    }

    /** Query words for prose fields: the stem alone. */
    static Analyzer stemmedQuery() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(folded(source)));
            }
        };
    }

    /** Words as written, only folded: phrases, prefixes and author names. */
    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }
        };
    }

    private static TokenStream folded(Tokenizer source) {
        return new ASCIIFoldingFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
    }
}
