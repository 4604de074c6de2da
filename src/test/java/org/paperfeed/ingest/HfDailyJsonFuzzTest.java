package org.paperfeed.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the parser of Hugging Face daily papers JSON; see {@link FuzzedDigests}. */
class HfDailyJsonFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        FuzzedDigests.parseWith(new HfDailyJsonParser(), input);
    }
}
