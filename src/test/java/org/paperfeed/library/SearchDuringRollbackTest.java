package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperState;

/**
 * A failed import rolls the index back, which replaces its writer and searcher manager, while the window searches on
 * other threads: no search may meet a closed searcher, and every search sees the committed papers.
 */
class SearchDuringRollbackTest {

    private static final int ROLLBACKS = 200;
    private static final int SEARCH_THREADS = 3;

    @TempDir
    Path folder;

    @Test
    void searchesRacingRollbacksNeverHitAClosedSearcher() throws Exception {
        try (PaperIndex index = PaperIndex.open(folder.resolve("index"))) {
            var committed = Papers.titled("Committed", "Kept through every rollback.");
            index.addNew(PaperDocuments.toDocument(committed, PaperState.UNTOUCHED, Instant.EPOCH));
            index.commit(0);

            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < SEARCH_THREADS; t++) {
                Thread thread = new Thread(() -> {
                    while (!done.get()) {
                        try {
                            IndexSearcher searcher = index.acquire();
                            try {
                                if (searcher.count(new MatchAllDocsQuery()) != 1) {
                                    failures.add(new AssertionError("a search saw uncommitted papers"));
                                }
                            } finally {
                                index.release(searcher);
                            }
                            searches.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                            return;
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            try {
                for (int i = 0; i < ROLLBACKS && failures.isEmpty(); i++) {
                    var failed = Papers.titled("Failed import " + i, "Never committed.");
                    index.addNew(PaperDocuments.toDocument(failed, PaperState.UNTOUCHED, Instant.EPOCH));
                    index.rollback();
                }
            } finally {
                done.set(true);
                for (Thread thread : threads) {
                    thread.join();
                }
            }
            assertThat(failures).as("searches that failed while the index rolled back").isEmpty();
            assertThat(searches.get()).isPositive();
            assertThat(index.size()).isEqualTo(1);
        }
    }
}
