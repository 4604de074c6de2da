package org.paperfeed.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the parser of an arXiv API (Atom) response; see {@link FuzzedDigests}. */
class ArxivAtomFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        FuzzedDigests.parseWith(new ArxivAtomParser(), input);
    }
}
