package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * For you's reads of the index that were made cheaper keep their answers: document frequencies read through a
 * segment's dictionary equal those sought term by term (and {@code IndexReader.docFreq}), and the seeded sample is
 * the papers with the smallest hashes of id and seed, whatever the index's segments.
 */
class PaperFeaturesTest {

    private static final WordSoupPapers SOUP = new WordSoupPapers(2, 13, WordSoupPapers.TOPIC_WORDS);

    @TempDir
    Path folder;

    @Test
    void documentFrequenciesReadThroughADictionaryEqualThoseSoughtTermByTerm() throws Exception {
        try (PaperLibrary library = libraryInSegments()) {
            try (PaperFeatures features = library.features()) {
                assertThat(features.segments()).as("several segments").hasSizeGreaterThan(2);
                Set<String> distinct = new LinkedHashSet<>();
                features.termCounts(List.of(id(0), id(7), id(150), id(299))).values()
                        .forEach(counts -> distinct.addAll(counts.keySet()));
                List<String> terms = new ArrayList<>(distinct);
                terms.add("zzz not a term");
                terms.add(terms.get(0)); // asked twice
                terms.add("aaa not a term either");
                int[] sought = features.docFreqs(features.segments(), terms, 0);
                int[] readThrough = features.docFreqs(features.segments(), terms, Integer.MAX_VALUE);
                int[] expected = new int[terms.size()];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = features.docFreq(terms.get(i));
                }
                assertThat(java.util.Arrays.stream(expected).max().orElse(0)).as("terms many papers share")
                        .isGreaterThan(10);
                assertThat(sought).containsExactly(expected);
                assertThat(readThrough).containsExactly(expected);
                assertThat(features.docFreqs(terms)).containsExactly(expected);
            }
        }
    }

    @Test
    void theSampleIsThePapersWithTheSmallestHashesOfIdAndSeed() throws Exception {
        try (PaperLibrary library = libraryInSegments()) {
            library.updateState(id(4), state -> state.withStarred(true)); // indexed again: its old copy deleted
            Set<PaperId> excluded = Set.of(id(1), id(2), id(3));
            List<PaperId> expected = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                if (!excluded.contains(id(i))) {
                    expected.add(id(i));
                }
            }
            int seed = "starred".hashCode();
            expected.sort(Comparator.comparingLong((PaperId id) -> hash(id, seed)).thenComparing(PaperId::value));
            try (PaperFeatures features = library.features()) {
                assertThat(features.sample(40, seed, excluded)).containsExactlyElementsOf(expected.subList(0, 40));
                assertThat(features.sample(1000, seed, excluded)).as("fewer papers than asked: all of them")
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    private static long hash(PaperId id, int seed) {
        return StringHelper.murmurhash3_x86_32(new BytesRef(id.value()), seed) & 0xffffffffL;
    }

    /** 300 papers added in several commits, so the index holds several segments. */
    private PaperLibrary libraryInSegments() throws Exception {
        PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
        Random random = new Random(5);
        for (int from = 0; from < 300; from += 60) {
            List<Paper> papers = new ArrayList<>();
            for (int i = from; i < from + 60; i++) {
                papers.add(paper(i, random));
            }
            library.add(papers);
        }
        return library;
    }

    private static PaperId id(int i) {
        return SOUP.id(i);
    }

    private static Paper paper(int i, Random random) {
        return SOUP.paper(i, random);
    }
}
