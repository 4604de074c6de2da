package org.paperfeed.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the parser of an RSS feed; see {@link FuzzedDigests}. */
class RssFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        FuzzedDigests.parseWith(new RssParser(), input);
    }
}
