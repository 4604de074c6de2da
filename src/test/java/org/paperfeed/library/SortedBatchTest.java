package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexSorter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperState;

/**
 * A batch sorted as the index is reaches each of Lucene's in-memory segments in that order when several threads write
 * it ({@link BatchWriters}, {@link WriteTurns}), so Lucene writes each segment's postings as they are instead of
 * re-sorting them. Lucene first checks whether a segment is sorted, comparing each document with the next, and sorts
 * it only if not: counting the comparisons of the index sort's first field tells which it did (fewer than one a
 * document: every segment was in order).
 */
class SortedBatchTest {

    private static final int PAPERS = 6_000;

    @Test
    void aBatchInTheIndexOrderIsWrittenByEveryThreadWithoutAReSort() throws IOException {
        assumeTrue(BatchWriters.isParallel(PAPERS), "one core: the batch is written on one thread, in order anyway");
        List<Paper> batch = papers();
        batch.sort(PaperDocuments.IN_INDEX_ORDER);

        Written written = write(batch);

        assertThat(written.segments).as("several in-memory segments, each filled by the threads").isGreaterThan(3);
        assertThat(written.comparisons).as("only the check that each segment is sorted").isLessThan(PAPERS);
    }

    @Test
    void aBatchInAnyOtherOrderIsReSortedAsItIsWritten() throws IOException {
        List<Paper> batch = papers();
        Collections.shuffle(batch, new Random(7));

        Written written = write(batch);

        assertThat(written.comparisons).as("each segment sorted").isGreaterThan(PAPERS * 3L);
    }

    @Test
    void theBatchOrderIsTheIndexOrder() throws IOException {
        List<Paper> batch = papers();
        batch.sort(PaperDocuments.IN_INDEX_ORDER);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, config().setMergePolicy(new TieredMergePolicy()))) {
            Instant added = Instant.parse("2026-12-06T04:00:00Z");
            for (Paper paper : batch) {
                writer.addDocument(PaperDocuments.toDocument(paper, PaperState.UNTOUCHED, added));
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReaderContext leaf = reader.leaves().get(0);
                NumericDocValues published = leaf.reader().getNumericDocValues(PaperFields.PUBLISHED);
                org.apache.lucene.index.SortedDocValues ids = leaf.reader().getSortedDocValues(PaperFields.ID_ORDER);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    assertThat(published.advanceExact(doc) && ids.advanceExact(doc)).isTrue();
                    Paper expected = batch.get(doc);
                    assertThat(published.longValue()).isEqualTo(PaperDocuments.publishedValue(expected));
                    assertThat(ids.lookupOrd(ids.ordValue())).isEqualTo(new BytesRef(expected.id().value()));
                }
            }
        }
    }

    /** Papers on 40 days, many on each (ties broken by id), a few undated, abstracts of very different lengths. */
    private static List<Paper> papers() {
        Random random = new Random(42);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            LocalDate day = i % 97 == 0 ? null : LocalDate.of(2025, 3, 1).plusDays(random.nextInt(40));
            String text = "word" + random.nextInt(5_000) + " ";
            papers.add(Papers.arxiv(String.format("25%02d.%05d", 1 + random.nextInt(12), i), "Paper " + i,
                    text.repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 30)), day, "Author " + i % 70));
        }
        return papers;
    }

    private record Written(int segments, long comparisons) {
    }

    private static Written write(List<Paper> batch) throws IOException {
        AtomicLong comparisons = new AtomicLong();
        Instant added = Instant.parse("2026-12-06T04:00:00Z");
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, config().setIndexSort(counted(comparisons)))) {
            BatchWriters.run(batch, (paper, turn) -> {
                writer.addDocument(turn.inOrder(PaperDocuments.toDocument(paper, PaperState.UNTOUCHED, added)));
                return BatchWriters.Outcome.ADDED;
            }, writer::flushNextBuffer);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.numDocs()).isEqualTo(batch.size());
                return new Written(reader.leaves().size(), comparisons.get());
            }
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(PaperAnalyzers.indexing()).setIndexSort(PaperIndex.NEWEST_FIRST)
                .setRAMBufferSizeMB(1).setMergePolicy(NoMergePolicy.INSTANCE);
    }

    /** The index's sort, its first field counting the comparisons Lucene makes with it. */
    private static Sort counted(AtomicLong comparisons) {
        SortField[] fields = PaperIndex.NEWEST_FIRST.getSort().clone();
        SortField first = fields[0];
        fields[0] = new SortField(first.getField(), first.getType(), first.getReverse()) {
            @Override
            public IndexSorter getIndexSorter() {
                IndexSorter sorter = super.getIndexSorter();
                return new IndexSorter() {
                    @Override
                    public ComparableProvider[] getComparableProviders(List<? extends LeafReader> readers)
                            throws IOException {
                        return sorter.getComparableProviders(readers);
                    }

                    @Override
                    public DocComparator getDocComparator(LeafReader reader, int maxDoc) throws IOException {
                        DocComparator comparator = sorter.getDocComparator(reader, maxDoc);
                        return (a, b) -> {
                            comparisons.incrementAndGet();
                            return comparator.compare(a, b);
                        };
                    }

                    @Override
                    public String getProviderName() {
                        return sorter.getProviderName();
                    }
                };
            }
        };
        return new Sort(fields);
    }
}
