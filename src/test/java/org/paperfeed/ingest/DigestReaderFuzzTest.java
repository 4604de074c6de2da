package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes format detection and whichever parser it picks, as an import does; see {@link FuzzedDigests}. */
class DigestReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse(byte[] input) {
        try {
            Digest digest = DigestReader.standard().read(input, (String) null, FuzzedDigests.CONTEXT);
            FuzzedDigests.assertValid(digest.papers(), digest.format() == DigestFormat.PAPERFEED_JSON);
        } catch (DigestParseException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ");
        }
    }
}
