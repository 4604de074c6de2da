package org.paperfeed.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the parser of arXiv metadata snapshot lines, plain or gzip; see {@link FuzzedDigests}. */
class ArxivSnapshotFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        FuzzedDigests.parseWith(new ArxivSnapshotParser(), input);
    }
}
