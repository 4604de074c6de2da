package org.paperfeed.ingest;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits every JSON digest is read under, so a hostile document (nested 100,000 deep, a gigabyte string) ends
 * in a clear error instead of a stack overflow or an exhausted heap.
 */
final class BoundedJson {

    static final int MAX_DEPTH = 200;
    static final int MAX_STRING_CHARS = 1_000_000;

    private BoundedJson() {
    }

    /** A mapper that refuses documents longer than {@code maxDocumentBytes} or beyond the limits above. */
    static JsonMapper mapper(long maxDocumentBytes) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_DEPTH)
                                .maxStringLength(MAX_STRING_CHARS)
                                .maxNameLength(10_000)
                                .maxNumberLength(100)
                                .maxDocumentLength(maxDocumentBytes)
                                .build())
                        .build())
                .build();
    }
}
