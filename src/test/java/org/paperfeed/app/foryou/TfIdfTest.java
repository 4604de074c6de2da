package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
 * the index, and a paper indexed again (a mark) is read again, not taken from what was kept.
 */
class TfIdfTest {

    private static final String[] WORDS = {"graph", "neural", "network", "quantum", "channel", "coding", "robot",
        "policy", "learning", "sparse", "matrix", "protein", "fold", "image", "segmentation", "language", "model",
        "agent", "market", "auction", "entropy", "capacity", "gradient", "kernel", "tensor", "lattice", "spectral"};
    private static final WordSoupPapers SOUP = new WordSoupPapers(3, 11, WORDS);

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
