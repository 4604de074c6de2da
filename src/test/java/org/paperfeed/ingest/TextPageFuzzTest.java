package org.paperfeed.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the parser of a text page of papers (a browser's copy of a listing); see {@link FuzzedDigests}. */
class TextPageFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        FuzzedDigests.parseWith(new TextPageParser(), input);
    }
}
