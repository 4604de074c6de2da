package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.PaperFeatures;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.WordSoupPapers;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * Papers' vectors built from terms kept from an earlier read ({@link PaperTermsCache}) are exactly those read from
 * the index, and a paper indexed again (a mark) is read again, not taken from what was kept; normalising stems, pairs
 * and authors each to unit length gives each the same share of a paper's length.
 */
class TfIdfTest {

    private static final WordSoupPapers SOUP = new WordSoupPapers(3, 11, WordSoupPapers.TOPIC_WORDS);

    @TempDir
    Path folder;

    @Test
    void vectorsFromKeptTermsEqualThoseReadFromTheIndex() throws Exception {
        Random random = new Random(3);
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone())) {
            for (int from = 0; from < 200; from += 50) {
                List<Paper> papers = new ArrayList<>();
                for (int i = from; i < from + 50; i++) {
                    papers.add(paper(i, random));
                }
                library.add(papers);
            }
            List<PaperId> ids = new ArrayList<>();
            for (int i = 0; i < 200; i += 3) {
                ids.add(id(i));
            }
            ids.add(PaperId.arxiv("2503.99999")); // not in the library
            PaperTermsCache kept = new PaperTermsCache();
            DocFreqCache docFreqs = new DocFreqCache();

            assertSame(library, ids, docFreqs, kept);
            assertThat(kept.papers()).as("every paper read is kept").isEqualTo(ids.size() - 1);
            assertSame(library, ids, docFreqs, kept);

            library.updateState(id(0), state -> state.withStarred(true));
            assertSame(library, ids, docFreqs, kept);
            assertThat(kept.papers()).as("the paper indexed again is read again").isEqualTo(ids.size());

            PaperTermsCache small = new PaperTermsCache(20_000);
            assertSame(library, ids, docFreqs, small);
            assertThat(small.papers()).as("bounded").isBetween(1, ids.size() - 2);
            assertSame(library, ids, docFreqs, small);
        }
    }

    /**
     * With {@code unitGroups}, a paper with a long author list gets as much of its length from its stems as from its
     * authors (each group unit length before the weights, here all 1); without it, the authors' share follows their
     * number and idf.
     */
    @Test
    void unitGroupsGiveStemsAndAuthorsTheSameShareOfAPapersLength() throws Exception {
        Random random = new Random(5);
        LearningSettings unit = new LearningSettings(2, 0.25, 1.0, 4.0, 20, 1000, 3, 1.0, 1.0, false, 0, 0, true);
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone())) {
            List<Paper> papers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 40; w++) {
                    text.append(word(random.nextInt(300))).append(w % 8 == 7 ? ". " : " ");
                }
                List<String> authors = new ArrayList<>();
                for (int a = 0; a < (i == 0 ? 12 : 1); a++) {
                    authors.add("Writer " + word(i == 0 ? a : i % 12));
                }
                papers.add(new Paper(id(i), word(i % 300) + " " + word((i * 7) % 300), text.toString().trim(),
                        authors, LocalDate.of(2025, 3, 1 + i % 28), "arxiv", List.of(), null, List.of("cs.LG")));
            }
            library.add(papers);
            try (PaperFeatures features = library.features()) {
                double[] withUnit = groupSquares(new TfIdf(features, unit, new DocFreqCache())
                        .vectors(List.of(id(0)), true)[0]);
                double[] asOne = groupSquares(new TfIdf(features, LearningSettings.DEFAULT, new DocFreqCache())
                        .vectors(List.of(id(0)), true)[0]);

                assertThat(withUnit[0]).as("stems present").isGreaterThan(0);
                assertThat(withUnit[2]).as("authors present").isGreaterThan(0);
                assertThat(withUnit[2]).isCloseTo(withUnit[0], within(1e-9));
                assertThat(withUnit[0] + withUnit[1] + withUnit[2]).isCloseTo(1.0, within(1e-9));
                assertThat(Math.abs(asOne[2] - asOne[0])).as("one normalisation: the shares differ").isGreaterThan(0.1);
            }
        }
    }

    /** A vector's squared length held by its stems, its stem pairs and its authors. */
    private static double[] groupSquares(FeatureVector vector) {
        double[] squares = new double[3];
        for (int i = 0; i < vector.size(); i++) {
            String term = vector.terms()[i];
            int group = term.startsWith(PaperFeatures.AUTHOR_PREFIX) ? 2 : term.contains(" ") ? 1 : 0;
            squares[group] += vector.values()[i] * vector.values()[i];
        }
        return squares;
    }

    /** A made-up word from a number (letters only, so the stemmer leaves it a word of its own). */
    private static String word(int n) {
        return "zq" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26) + "x";
    }

    private static void assertSame(PaperLibrary library, List<PaperId> ids, DocFreqCache docFreqs,
                                   PaperTermsCache kept) throws Exception {
        try (PaperFeatures features = library.features()) {
            for (boolean withTerms : new boolean[] {false, true}) {
                FeatureVector[] read = new TfIdf(features, LearningSettings.DEFAULT, docFreqs).vectors(ids, withTerms);
                FeatureVector[] fromKept = new TfIdf(features, LearningSettings.DEFAULT, docFreqs, kept)
                        .vectors(ids, withTerms);
                assertThat(read[read.length - 1]).as("a paper the index lacks").isNull();
                assertThat(read[0].size()).isGreaterThan(5);
                for (int i = 0; i < read.length; i++) {
                    FeatureVector a = read[i];
                    FeatureVector b = fromKept[i];
                    if (a == null) {
                        assertThat(b).isNull();
                        continue;
                    }
                    assertThat(b.hashes()).containsExactly(a.hashes());
                    assertThat(b.values()).containsExactly(a.values());
                    if (withTerms) {
                        assertThat(b.terms()).containsExactly(a.terms());
                    }
                }
            }
        }
    }

    private static PaperId id(int i) {
        return SOUP.id(i);
    }

    private static Paper paper(int i, Random random) {
        return SOUP.paper(i, random);
    }
}
