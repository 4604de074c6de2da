package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperState;

/**
 * A merge of segments past the size a commit waits for (2 MB) runs in the background after the commit that started
 * it. Closing the library keeps the finished ones, so the next open neither searches the unmerged segments nor merges
 * them again; what was never committed still is not.
 */
class MergesKeptOnCloseTest {

    /**
     * One-segment commits: the last one starts the first merge. The merge policy allows ten segments however small
     * they are; the eleventh is over its budget.
     */
    private static final int COMMITS = 11;
    /** Random words in each paper's abstract: a segment past 2 MB, whose merge no commit waits for. */
    private static final int WORDS = 40_000;

    @TempDir
    Path folder;

    @Test
    void closingKeepsTheMergesFinishedSinceTheLastCommit() throws Exception {
        Path indexFolder = folder.resolve("index");
        PaperIndex index = PaperIndex.open(indexFolder);
        commitOnePaperEach(index, COMMITS);
        int atLastCommit = committedSegments(indexFolder);
        index.waitForMerges();
        index.close();
        assertThat(atLastCommit).as("segments in the last commit").isGreaterThan(1);
        assertThat(committedSegments(indexFolder)).as("segments committed on close").isLessThan(atLastCommit);
        assertReopensWithTheCommittedPapers(indexFolder);
    }

    @Test
    void closingDoesNotCommitAChangeTheJournalHasNotRecorded() throws Exception {
        Path indexFolder = folder.resolve("index");
        try (PaperIndex index = withMergesFinishedAfterTheLastCommit(indexFolder)) {
            var uncommitted = Papers.titled("Never committed", "Added after the last commit.");
            index.addNew(PaperDocuments.toDocument(uncommitted, PaperState.UNTOUCHED, Instant.EPOCH));
        }
        assertReopensWithTheCommittedPapers(indexFolder);
    }

    /**
     * Nine segments past 2 MB, fewer than the ten the policy lets stand below its floor: left alone by the merges a
     * commit starts, merged into one where a bulk import ends, so how many an import leaves does not depend on where
     * its last batch fell in the policy's cycle.
     */
    @Test
    void theEndOfABulkImportMergesTheSmallSegmentsLeftIntoOne() throws Exception {
        Path indexFolder = folder.resolve("index");
        try (PaperIndex index = PaperIndex.open(indexFolder)) {
            commitOnePaperEach(index, 9);
            index.waitForMerges();
            index.commitMerges();
            assertThat(committedSegments(indexFolder)).as("left by the policy").isEqualTo(9);

            index.finishBulkMerges();
            index.commitMerges();

            assertThat(committedSegments(indexFolder)).isEqualTo(1);
            assertThat(index.size()).isEqualTo(9);
        }
    }

    /** An index whose last commit starts a merge, open, with that merge finished but not committed. */
    private static PaperIndex withMergesFinishedAfterTheLastCommit(Path indexFolder) throws IOException {
        PaperIndex index = PaperIndex.open(indexFolder);
        commitOnePaperEach(index, COMMITS);
        index.waitForMerges();
        return index;
    }

    private static void commitOnePaperEach(PaperIndex index, int commits) throws IOException {
        for (int i = 1; i <= commits; i++) {
            var paper = Papers.titled("Paper number " + i, RandomWords.of(WORDS, i));
            index.addNew(PaperDocuments.toDocument(paper, PaperState.UNTOUCHED, Instant.EPOCH));
            index.commit(i);
        }
    }

    /** The index opens on a commit holding every committed paper and the last sequence number, and no other paper. */
    private static void assertReopensWithTheCommittedPapers(Path indexFolder) throws IOException {
        try (PaperIndex index = PaperIndex.open(indexFolder)) {
            assertThat(index.size()).isEqualTo(COMMITS);
            assertThat(index.committedStateSeq()).isEqualTo(COMMITS);
        }
    }

    private static int committedSegments(Path indexFolder) throws IOException {
        try (Directory directory = FSDirectory.open(indexFolder)) {
            return SegmentInfos.readLatestCommit(directory).size();
        }
    }
}
