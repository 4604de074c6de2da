package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.ingest.ArxivSnapshotReader;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.model.Paper;

/**
 * The read-ahead's batches end at their number of papers or at their text budget, whichever comes first, so that a
 * small heap holding two batches of long records beside the index writer does not run out: every paper still comes,
 * once, in order, and each batch's offset is where the text after it starts.
 */
class ReadAheadTest {

    private static final int LINE = 600;

    /** {@code n} snapshot lines of exactly {@link #LINE} bytes each, newline included. */
    private static byte[] snapshot(int n) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String head = "{\"id\":\"2501." + String.format("%05d", i + 1) + "\",\"title\":\"Paper " + i
                    + "\",\"authors\":\"A. Author\",\"categories\":\"cs.LG\",\"update_date\":\"2025-01-02\","
                    + "\"abstract\":\"";
            String tail = "\"}\n";
            all.append(head).append("x".repeat(LINE - head.length() - tail.length())).append(tail);
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<ReadAhead.Batch> batches(byte[] text, int batchSize, long batchText) throws Exception {
        List<ReadAhead.Batch> batches = new ArrayList<>();
        try (ArxivSnapshotReader reader = ArxivSnapshotReader.over(new ByteArrayInputStream(text),
                new ParseContext("test", "arxiv", LocalDate.of(2025, 1, 3)));
             ReadAhead ahead = new ReadAhead(reader, batchSize, batchText)) {
            for (ReadAhead.Batch batch = ahead.next(); batch != null; batch = ahead.next()) {
                batches.add(batch);
            }
        }
        return batches;
    }

    private static List<String> ids(List<ReadAhead.Batch> batches) {
        return batches.stream().flatMap(b -> b.papers().stream()).map(Paper::id).map(Object::toString).toList();
    }

    @Test
    void aBatchEndsOnceItHoldsItsShareOfText() throws Exception {
        byte[] text = snapshot(23);

        List<ReadAhead.Batch> batches = batches(text, 20_000, 4 * LINE);

        assertThat(batches).extracting(b -> b.papers().size()).containsExactly(4, 4, 4, 4, 4, 3);
        for (int i = 0; i < batches.size(); i++) {
            long end = i == batches.size() - 1 ? text.length : (long) (i + 1) * 4 * LINE;
            assertThat(batches.get(i).offset()).as("batch %d's offset", i).isEqualTo(end);
        }
        assertThat(batches.get(batches.size() - 1).last()).isTrue();
        assertThat(ids(batches)).hasSize(23).doesNotHaveDuplicates()
                .isEqualTo(ids(batches(text, 20_000, Long.MAX_VALUE)));
    }

    @Test
    void aBatchStillEndsAtItsNumberOfPapers() throws Exception {
        List<ReadAhead.Batch> batches = batches(snapshot(7), 3, Long.MAX_VALUE);

        assertThat(batches).extracting(b -> b.papers().size()).containsExactly(3, 3, 1);
    }

    @Test
    void aSingleRecordLongerThanTheBudgetIsABatchOfItsOwn() throws Exception {
        List<ReadAhead.Batch> batches = batches(snapshot(3), 20_000, 10);

        assertThat(batches).extracting(b -> b.papers().size()).containsExactly(1, 1, 1);
    }
}
