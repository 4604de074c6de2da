package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;

/**
 * The document-frequency tables For you keeps beside the index: each holds exactly its segment's dictionary's counts;
 * a damaged, truncated or another segment's file is never used and is built again; a read-only view uses tables but
 * never writes them; a merge's new segment gets its own table and the merged-away ones' files go.
 */
class DocFreqTableTest {

    private static final WordSoupPapers SOUP = new WordSoupPapers(3, 13, WordSoupPapers.TOPIC_WORDS);

    @TempDir
    Path folder;

    @Test
    void eachSegmentsTableHoldsExactlyItsDictionarysFrequencies() throws Exception {
        try (PaperLibrary library = libraryInSegments(0, 5)) {
            try (PaperFeatures features = library.features()) {
                List<PaperFeatures.Segment> segments = features.segments();
                assertThat(segments).as("several segments").hasSizeGreaterThan(2);
                assertThat(segments.get(0).docFreqTable()).as("none before they are built").isEmpty();
                assertThat(features.buildDocFreqTables(0, () -> false)).isEqualTo(segments.size());
                List<String> allTerms = new ArrayList<>();
                for (PaperFeatures.Segment segment : segments) {
                    DocFreqTable table = segment.docFreqTable().orElseThrow();
                    assertThat((long) table.terms()).isEqualTo(segment.terms());
                    segment.forEachTerm((bytes, offset, length, docFreq) -> {
                        String term = new BytesRef(bytes, offset, length).utf8ToString();
                        allTerms.add(term);
                        assertThat(table.docFreq(FeatureTermHash.of(term))).as(term).isEqualTo(docFreq);
                    });
                    assertThat(table.docFreq(FeatureTermHash.of("zzz not a term"))).isZero();
                }
                // Looked up together across every table: the index's own document frequency of each term.
                List<String> distinct = allTerms.stream().distinct().toList();
                long[] hashes = distinct.stream().mapToLong(FeatureTermHash::of).toArray();
                int[] summed = new int[hashes.length];
                int[] order = DocFreqTable.lookupOrder(hashes);
                for (PaperFeatures.Segment segment : segments) {
                    segment.docFreqTable().orElseThrow().addDocFreqs(hashes, order, summed);
                }
                int[] expected = new int[distinct.size()];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = features.docFreq(distinct.get(i));
                }
                assertThat(java.util.Arrays.stream(expected).max().orElse(0)).isGreaterThan(10);
                assertThat(summed).containsExactly(expected);
            }
        }
    }

    @Test
    void aDamagedTruncatedOrForeignTableIsNotUsedAndIsBuiltAgain() throws Exception {
        List<Path> files;
        try (PaperLibrary library = libraryInSegments(0, 4)) {
            try (PaperFeatures features = library.features()) {
                features.buildDocFreqTables(0, () -> false);
            }
            files = tableFiles();
            assertThat(files).hasSize(4);
        }
        byte[] damaged = Files.readAllBytes(files.get(0));
        damaged[damaged.length - 3] ^= 0x10; // one document frequency
        Files.write(files.get(0), damaged);
        Files.write(files.get(1), java.util.Arrays.copyOf(Files.readAllBytes(files.get(1)), 100));
        Files.write(files.get(2), Files.readAllBytes(files.get(3))); // another segment's (whole) table
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
             PaperFeatures features = library.features()) {
            long withTables = features.segments().stream().filter(s -> s.docFreqTable().isPresent()).count();
            assertThat(withTables).as("only the untouched table is used").isEqualTo(1);
            assertThat(tableFiles()).as("the three bad files are deleted").containsExactly(files.get(3));
            assertThat(features.buildDocFreqTables(0, () -> false)).as("built again").isEqualTo(3);
            assertExact(features);
        }
    }

    @Test
    void aReadOnlyViewUsesTablesButNeverWritesThem() throws Exception {
        libraryInSegments(0, 3).close();
        try (PaperLibrary readOnly = PaperLibrary.openReadOnly(folder, Clock.systemDefaultZone());
             PaperFeatures features = readOnly.features()) {
            assertThat(features.buildDocFreqTables(0, () -> false)).isZero();
            assertThat(tableFiles()).isEmpty();
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
             PaperFeatures features = library.features()) {
            assertThat(features.buildDocFreqTables(0, () -> false)).isEqualTo(3);
        }
        try (PaperLibrary readOnly = PaperLibrary.openReadOnly(folder, Clock.systemDefaultZone());
             PaperFeatures features = readOnly.features()) {
            assertThat(features.segments()).allMatch(s -> s.docFreqTable().isPresent());
            assertExact(features);
        }
    }

    @Test
    void aMergedSegmentGetsItsOwnTableAndTheMergedAwayTablesGo() throws Exception {
        try (PaperLibrary library = libraryInSegments(0, 3)) {
            try (PaperFeatures features = library.features()) {
                features.buildDocFreqTables(0, () -> false);
            }
            List<Path> before = tableFiles();
            // Enough commits that the index merges some segments (ten a tier by default).
            addCommits(library, 3, 25);
            try (PaperFeatures features = library.features()) {
                List<PaperFeatures.Segment> segments = features.segments();
                assertThat(segments.size()).as("segments merged").isLessThan(28);
                long known = segments.stream().filter(s -> s.docFreqTable().isPresent()).count();
                assertThat(features.buildDocFreqTables(0, () -> false)).isEqualTo(segments.size() - known);
                assertThat(tableFiles()).as("one table per live segment, no other").hasSize(segments.size());
                assertThat(before.stream().filter(Files::exists).count()).as("merged-away tables deleted")
                        .isLessThan(before.size());
                assertExact(features);
            }
        }
    }

    @Test
    void aCancelledBuildWritesNothing() throws Exception {
        try (PaperLibrary library = libraryInSegments(0, 2); PaperFeatures features = library.features()) {
            assertThat(features.buildDocFreqTables(0, () -> true)).isZero();
            assertThat(tableFiles()).isEmpty();
        }
    }

    /** Every segment's table gives exactly its dictionary's document frequency of each of its terms. */
    private static void assertExact(PaperFeatures features) throws Exception {
        for (PaperFeatures.Segment segment : features.segments()) {
            DocFreqTable table = segment.docFreqTable().orElseThrow();
            segment.forEachTerm((bytes, offset, length, docFreq) ->
                    assertThat(table.docFreq(FeatureTermHash.of(bytes, offset, length))).isEqualTo(docFreq));
        }
    }

    private List<Path> tableFiles() throws Exception {
        Path tables = folder.resolve(DocFreqTables.FOLDER);
        if (!Files.isDirectory(tables)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tables)) {
            return files.sorted().toList();
        }
    }

    /** Papers {@code from × 60} … added 60 a commit, {@code commits} times: one segment each. */
    private PaperLibrary libraryInSegments(int from, int commits) throws Exception {
        PaperLibrary library = PaperLibrary.open(folder, Clock.systemDefaultZone());
        addCommits(library, from, commits);
        return library;
    }

    private static void addCommits(PaperLibrary library, int from, int commits) throws Exception {
        Random random = new Random(7 + from);
        for (int c = from; c < from + commits; c++) {
            List<Paper> papers = new ArrayList<>();
            for (int i = c * 60; i < c * 60 + 60; i++) {
                papers.add(SOUP.paper(i, random));
            }
            library.add(papers);
        }
    }

}
