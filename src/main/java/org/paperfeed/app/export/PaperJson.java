package org.paperfeed.app.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Writer;
import java.util.List;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.SearchHit;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paper as scripts see it in {@code --json} output and JSON exports. Its fields are a published contract:
 * add fields, never rename or remove them.
 *
 * <p>Every field is always present ({@code null} when unknown), except the two that only search hits have.
 *
 * @param score   search hits only
 * @param snippet search hits only: the matching part of the abstract, each matched term wrapped in {@code **}
 */
public record PaperJson(
        String id,
        String title,
        @JsonProperty("abstract") String abstractText,
        List<String> authors,
        String published,
        String source,
        String url,
        boolean starred,
        List<String> tags,
        boolean read,
        Integer upvotes,
        List<String> categories,
        List<PaperLink> links,
        String added,
        @JsonInclude(JsonInclude.Include.NON_NULL) Float score,
        @JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {

    // Never closes its target (the console, or a file the caller still writes to); escapes what a terminal would obey.
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).characterEscapes(new TerminalSafeEscapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    public static PaperJson of(LibraryPaper entry) {
        return of(entry, null, null);
    }

    public static PaperJson of(SearchHit hit) {
        return of(hit.entry(), hit.score(), hit.snippet().marked("**", "**"));
    }

    private static PaperJson of(LibraryPaper entry, Float score, String snippet) {
        Paper p = entry.paper();
        return new PaperJson(p.id().value(), p.title(), p.abstractText(), p.authors(),
                p.published() == null ? null : p.published().toString(), p.source(), p.primaryUrl().orElse(null),
                entry.state().starred(), entry.state().tags().stream().sorted().toList(), entry.state().read(),
                p.upvotes(), p.categories(), p.links(), entry.added().toString(), score, snippet);
    }

    /** A generator writing indented JSON as {@link #write} does, for writing an array one element at a time. */
    static JsonGenerator generator(java.io.Writer out) {
        return JSON.writer().createGenerator(out);
    }

    static java.io.IOException failure(JacksonException e) {
        return e.getCause() instanceof java.io.IOException io ? io
                : new java.io.IOException("could not write JSON: " + e.getOriginalMessage(), e);
    }

    /** Writes {@code value} (a list of these, or anything else plain) as indented JSON. */
    public static void write(Object value, Writer out) throws java.io.IOException {
        try {
            JSON.writeValue(out, value);
            out.write(System.lineSeparator());
            out.flush();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }
}
