package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.PaperFeatures;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.WordSoupPapers;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;

/**
 * Document frequencies kept per index segment: after papers are added and a paper is starred (each a new commit),
 * they are still exactly the papers' own (a marked paper's former document, which Lucene still counts until a merge,
 * not counted), and what the large segments gave is not looked up again.
 */
class DocFreqCacheTest {

    /** The topic words and nine more: a larger dictionary per segment than the other feature tests have. */
    private static final List<String> WORDS = Stream.concat(WordSoupPapers.TOPIC_WORDS.stream(), Stream.of(
            "diffusion", "retrieval", "ranking", "privacy", "federated", "compiler", "cache", "theorem", "proof"))
            .toList();
    private static final WordSoupPapers SOUP = new WordSoupPapers(1, 17, WORDS);

    @TempDir
    Path folder;

    @Test
    void perSegmentFrequenciesStayExactAcrossCommitsAndAreNotLookedUpTwice() throws Exception {
        Random random = new Random(11);
        try (PaperLibrary library = libraryOf300(random)) {
            // Segments of at most 400 terms are small here: the first import is large, each later paper small.
            DocFreqCache cache = new DocFreqCache(400);
            String[] terms = termsOf(library, List.of(id(0), id(1), id(2), id(3)));
            assertExact(library, cache, terms);
            long afterFirst = cache.lookups();
            assertThat(afterFirst).as("terms looked up on the first ranking").isEqualTo(terms.length);

            assertExact(library, cache, terms);
            assertThat(cache.lookups()).as("a second ranking on an unchanged library looks nothing up")
                    .isEqualTo(afterFirst);

            Object before = version(library);
            for (int i = 300; i < 305; i++) {
                library.add(List.of(paper(i, random)));
            }
            library.updateState(id(1), state -> state.withStarred(true));
            assertThat(version(library)).as("adding and starring commit the index").isNotEqualTo(before);

            assertExact(library, cache, terms);
            assertThat(cache.lookups()).as("the large segment's frequencies are kept across commits")
                    .isEqualTo(afterFirst);

            String[] withNewPapers = termsOf(library, List.of(id(0), id(1), id(301), id(303), id(304)));
            assertExact(library, cache, withNewPapers);
        }
    }

    @Test
    void papersMarkedOneAtATimeCountOnceAndAFormerDocumentCountedIsNotReadAgain() throws Exception {
        try (PaperLibrary library = libraryOf300(new Random(13))) {
            DocFreqCache cache = new DocFreqCache(400);
            String[] terms = termsOf(library, List.of(id(0), id(1), id(2), id(3), id(4), id(5)));
            int[] before = frequencies(library, cache, terms);

            for (int i = 0; i < 6; i++) {
                // Each mark indexes the paper again: its former document stays in a segment until a merge.
                int marked = i;
                library.updateState(id(marked), state -> state.withStarred(true));
                assertExact(library, cache, terms);
                long read = cache.deletedRead();
                assertThat(frequencies(library, cache, terms)).as("the same papers hold the same terms")
                        .containsExactly(before);
                assertThat(cache.deletedRead()).as("a former document already counted is not read again")
                        .isEqualTo(read);
            }
            assertThat(cache.deletedRead()).as("every former document read").isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void tablesGiveTheDictionariesFrequenciesAndANewLargeSegmentIsReadFromTheIndexUntilItHasOne() throws Exception {
        Random random = new Random(12);
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone())) {
            library.add(papers(0, 300, random));
            String[] terms = termsOf(library, List.of(id(0), id(1), id(2), id(3), id(150)));
            try (PaperFeatures features = library.features()) {
                assertThat(features.buildDocFreqTables(400, () -> false)).isEqualTo(1);
            }
            DocFreqCache cache = new DocFreqCache(400);
            assertExact(library, cache, terms);
            assertThat(cache.tableLookups()).as("the large segment answered from its table").isEqualTo(1);
            assertThat(cache.segmentsRead()).as("no dictionary read").isZero();

            library.add(papers(300, 500, random)); // a second large segment, without a table yet
            String[] more = termsOf(library, List.of(id(0), id(3), id(320), id(450), id(499)));
            DocFreqCache fresh = new DocFreqCache(400);
            assertExact(library, fresh, more);
            assertThat(fresh.segmentsRead()).as("the new segment's dictionary read").isEqualTo(1);
            assertThat(fresh.tableLookups()).isEqualTo(1);

            try (PaperFeatures features = library.features()) {
                assertThat(features.buildDocFreqTables(400, () -> false)).as("only the new one built").isEqualTo(1);
            }
            DocFreqCache afterBuild = new DocFreqCache(400);
            assertExact(library, afterBuild, more);
            assertThat(afterBuild.segmentsRead()).isZero();
            assertThat(afterBuild.tableLookups()).isEqualTo(2);
        }
    }

    @Test
    void aModelTrainedFromTablesScoresEveryPaperExactlyAsOneTrainedFromTheDictionaries() throws Exception {
        Random random = new Random(13);
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone())) {
            library.add(papers(0, 300, random));
            library.add(papers(300, 600, random));
            Set<PaperId> stars = new LinkedHashSet<>();
            for (int i = 0; i < 600; i += 40) {
                stars.add(id(i));
            }
            TrainingMarks marks = new TrainingMarks(java.util.Map.of(Interest.STARRED, stars), Set.of(),
                    org.paperfeed.app.prefs.ForYouSettings.DEFAULT);
            List<PaperId> all = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                all.add(id(i));
            }
            Recommender fromDictionaries = new Recommender(LearningSettings.DEFAULT, 400);
            var expected = fromDictionaries.score(library,
                    fromDictionaries.train(library, marks, java.time.Instant.EPOCH), all, null, false);
            assertThat(fromDictionaries.docFreqCache().tableLookups()).isZero();

            assertThat(fromDictionaries.buildDocFreqTables(library, () -> false)).isEqualTo(2);
            Recommender fromTables = new Recommender(LearningSettings.DEFAULT, 400);
            var scores = fromTables.score(library, fromTables.train(library, marks, java.time.Instant.EPOCH), all,
                    null, false);
            assertThat(fromTables.docFreqCache().segmentsRead()).as("no dictionary read").isZero();
            assertThat(fromTables.docFreqCache().tableLookups()).isPositive();
            assertThat(scores).hasSize(600).isEqualTo(expected);
        }
    }

    private static List<Paper> papers(int from, int to, Random random) {
        List<Paper> papers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            papers.add(paper(i, random));
        }
        return papers;
    }

    private static void assertExact(PaperLibrary library, DocFreqCache cache, String[] terms) throws Exception {
        try (PaperFeatures features = library.features()) {
            long[] hashes = new long[terms.length];
            int[] expected = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                hashes[i] = TermTable.hash(terms[i]);
                expected[i] = features.docFreq(terms[i]);
            }
            assertThat(java.util.Arrays.stream(expected).max().orElse(0)).as("terms several papers share").isGreaterThan(1);
            assertThat(cache.docFreqs(features, terms, hashes)).containsExactly(expected);
        }
    }

    /** A library of papers 0–299 added in one batch: one large segment. */
    private PaperLibrary libraryOf300(Random random) throws Exception {
        PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
        library.add(papers(0, 300, random));
        return library;
    }

    private static int[] frequencies(PaperLibrary library, DocFreqCache cache, String[] terms) throws Exception {
        try (PaperFeatures features = library.features()) {
            long[] hashes = new long[terms.length];
            for (int i = 0; i < terms.length; i++) {
                hashes[i] = TermTable.hash(terms[i]);
            }
            return cache.docFreqs(features, terms, hashes);
        }
    }

    private static String[] termsOf(PaperLibrary library, List<PaperId> ids) throws Exception {
        Set<String> terms = new LinkedHashSet<>();
        try (PaperFeatures features = library.features()) {
            features.termCounts(ids).values().forEach(counts -> terms.addAll(counts.keySet()));
        }
        return terms.toArray(String[]::new);
    }

    private static Object version(PaperLibrary library) throws Exception {
        try (PaperFeatures features = library.features()) {
            return features.version();
        }
    }

    private static PaperId id(int i) {
        return SOUP.id(i);
    }

    private static Paper paper(int i, Random random) {
        return SOUP.paper(i, random);
    }
}
