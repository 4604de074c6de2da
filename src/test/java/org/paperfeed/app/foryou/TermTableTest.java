package org.paperfeed.app.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A term hashed from the index's UTF-8 bytes is the same term as hashed from its text (accents, CJK, emoji). */
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
}
