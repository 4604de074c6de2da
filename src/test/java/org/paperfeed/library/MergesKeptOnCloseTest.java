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
 * A merge of segments past Lucene's floor size (2 MB) runs in the background after the commit that started it.
 * Closing the library keeps the finished ones, so the next open neither searches the unmerged segments nor merges
 * them again; what was never committed still is not.
 */
class MergesKeptOnCloseTest {

    /**
     * One-segment commits: the last one starts the first merge. Ten segments make a tier, and an eleventh of the same
     * size still fits the merge policy's budget; a twelfth does not.
     */
    private static final int COMMITS = 12;
    /** Random words in each paper's abstract: a segment past the floor size, whose merge no commit waits for. */
    private static final int WORDS = 40_000;

    @TempDir
    Path folder;

    @Test
    void closingKeepsTheMergesFinishedSinceTheLastCommit() throws Exception {
        Path indexFolder = folder.resolve("index");
        withMergesFinishedAfterTheLastCommit(indexFolder).close();
        assertThat(committedSegments(indexFolder)).as("segments in the last commit").isLessThan(COMMITS);
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
