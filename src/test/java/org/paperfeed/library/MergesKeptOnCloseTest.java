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
 * Every mark is a commit of a small segment, and merges of them finish in the background after the commit that
 * started them. Closing the library keeps the finished ones, so the next open neither searches the unmerged segments
 * nor merges them again; what was never committed still is not.
 */
class MergesKeptOnCloseTest {

    /** Eleven one-paper commits: the last one starts the first merge (ten segments to a tier). */
    private static final int COMMITS = 11;

    @TempDir
    Path folder;

    @Test
    void closingKeepsTheMergesFinishedSinceTheLastCommit() throws Exception {
        Path indexFolder = folder.resolve("index");
        try (PaperIndex index = PaperIndex.open(indexFolder)) {
            commitOnePaperEach(index, COMMITS);
            index.waitForMerges();
        }
        assertThat(committedSegments(indexFolder)).as("segments in the last commit").isLessThan(COMMITS);
        try (PaperIndex index = PaperIndex.open(indexFolder)) {
            assertThat(index.size()).isEqualTo(COMMITS);
            assertThat(index.committedStateSeq()).isEqualTo(COMMITS);
        }
    }

    @Test
    void closingDoesNotCommitAChangeTheJournalHasNotRecorded() throws Exception {
        Path indexFolder = folder.resolve("index");
        try (PaperIndex index = PaperIndex.open(indexFolder)) {
            commitOnePaperEach(index, COMMITS);
            index.waitForMerges();
            var uncommitted = Papers.titled("Never committed", "Added after the last commit.");
            index.addNew(PaperDocuments.toDocument(uncommitted, PaperState.UNTOUCHED, Instant.EPOCH));
        }
        try (PaperIndex index = PaperIndex.open(indexFolder)) {
            assertThat(index.size()).isEqualTo(COMMITS);
            assertThat(index.committedStateSeq()).isEqualTo(COMMITS);
        }
    }

    private static void commitOnePaperEach(PaperIndex index, int commits) throws IOException {
        for (int i = 1; i <= commits; i++) {
            var paper = Papers.titled("Paper number " + i, "An abstract of paper " + i + ".");
            index.addNew(PaperDocuments.toDocument(paper, PaperState.UNTOUCHED, Instant.EPOCH));
            index.commit(i);
        }
    }

    private static int committedSegments(Path indexFolder) throws IOException {
        try (Directory directory = FSDirectory.open(indexFolder)) {
            return SegmentInfos.readLatestCommit(directory).size();
        }
    }
}
