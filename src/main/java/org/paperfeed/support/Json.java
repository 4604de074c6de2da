package org.paperfeed.support;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place JSON is configured, one configuration per purpose, so that no class builds a mapper of its own:
 * <ul>
 *   <li>{@link #bounded}: input nobody vouches for (a fetched or imported digest), read under limits so a hostile
 *       document (nested 100,000 deep, a gigabyte string) ends in a clear error instead of a stack overflow or an
 *       exhausted heap;</li>
 *   <li>{@link #FILES}: the user's own files that PaperFeed writes and reads back (the journal, stored fields,
 *       commit data, digest metadata, checkpoints), compact; a field a later version added is ignored (the index's
 *       stored fields are written by a copy of it that leaves out one derived property, {@code library.PaperDocuments}
 *       says why);</li>
 *   <li>{@link #PRETTY} and {@link #pretty}: indented output, for the files a person opens (preferences, sources)
 *       and for {@code --json} and exports; it never closes the stream it writes to.</li>
 * </ul>
 */
public final class Json {

    /** How deep untrusted JSON may nest. */
    public static final int MAX_DEPTH = 200;
    /** How long one text value of untrusted JSON may be. */
    public static final int MAX_STRING_CHARS = 1_000_000;

    /** The user's own files, compact. */
    public static final JsonMapper FILES = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Indented output with Jackson's own escapes. */
    public static final JsonMapper PRETTY = pretty(null);

    private Json() {
    }

    /** A mapper that refuses documents longer than {@code maxDocumentBytes} or beyond the limits above. */
    public static JsonMapper bounded(long maxDocumentBytes) {
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

    /**
     * Indented output that escapes what {@code escapes} says besides JSON's own (the console's caller passes the
     * characters a terminal would obey); null for JSON's own escapes only.
     */
    public static JsonMapper pretty(CharacterEscapes escapes) {
        JsonFactoryBuilder factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
        if (escapes != null) {
            factory.characterEscapes(escapes);
        }
        return JsonMapper.builder(factory.build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }
}
