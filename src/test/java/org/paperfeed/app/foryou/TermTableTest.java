package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A term hashed from the index's UTF-8 bytes is the same term as hashed from its text (accents, CJK, emoji); a table
 * keeps every term's value whether it grew to hold them or was made for their number, and one made for their number
 * takes about 20 bytes a term, not the 16–53 of a table that doubles.
 */
class TermTableTest {

    @Test
    void hashOfUtf8BytesIsHashOfTheText() {
        for (String term : new String[] {"network", "neural network", "@ada lovelace", "@jérôme müller", "量子",
            "𝔽 field", ""}) {
            byte[] padded = ("xx" + term + "y").getBytes(StandardCharsets.UTF_8);
            int length = term.getBytes(StandardCharsets.UTF_8).length;
            assertThat(TermTable.hash(padded, 2, length)).as(term).isEqualTo(TermTable.hash(term));
        }
        assertThat(TermTable.hash("network")).isNotEqualTo(TermTable.hash("networks"));
    }

    @Test
    void aTableMadeForItsSizeHoldsEveryTermInLittleMoreThanTheirOwnBytes() {
        int terms = 100_000;
        java.util.Random random = new java.util.Random(5);
        long[] keys = new long[terms];
        TermTable dense = TermTable.dense(terms);
        TermTable grown = new TermTable(16);
        for (int i = 0; i < terms; i++) {
            keys[i] = TermTable.hash("term " + random.nextLong());
            dense.put(keys[i], i);
            grown.put(keys[i], i);
        }
        for (int i = 0; i < terms; i++) {
            assertThat(dense.get(keys[i], -1)).isEqualTo(i);
            assertThat(grown.get(keys[i], -1)).isEqualTo(i);
        }
        assertThat(dense.get(TermTable.hash("not put"), -1)).isEqualTo(-1);
        assertThat(dense.size()).isEqualTo(terms);
        assertThat(dense.bytes()).isLessThanOrEqualTo((long) (16 * terms / 0.8) + 64);
        assertThat(grown.bytes()).as("a table that doubles").isGreaterThan(dense.bytes() * 3 / 2);
    }
}
