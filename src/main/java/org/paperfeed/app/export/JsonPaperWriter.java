package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;
import org.paperfeed.model.LibraryPaper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON array {@code --json} prints, written one {@link PaperJson} at a time into one generator. A subclass may
 * add elements after the papers ({@link LibraryJsonWriter}: the whole library's marks that belong to no paper).
 */
class JsonPaperWriter implements PaperWriter {

    private final UnaryOperator<String> sourceNames;
    private JsonGenerator generator;

    JsonPaperWriter() {
        this(UnaryOperator.identity());
    }

    /** @param sourceNames how a source is shown (each paper's {@code sourceName}), from its name */
    JsonPaperWriter(UnaryOperator<String> sourceNames) {
        this.sourceNames = sourceNames;
    }

    @Override
    public void begin(Writer out) throws IOException {
        try {
            generator = PaperJson.generator(out);
            generator.writeStartArray();
        } catch (JacksonException e) {
            throw PaperJson.failure(e);
        }
    }

    @Override
    public void write(LibraryPaper paper, Writer out) throws IOException {
        try {
            generator.writePOJO(PaperJson.of(paper, sourceNames));
        } catch (JacksonException e) {
            throw PaperJson.failure(e);
        }
    }

    @Override
    public void end(Writer out) throws IOException {
        try {
            writeLastElements(generator);
            generator.writeEndArray();
            generator.close(); // flushes; the target stays open (AUTO_CLOSE_TARGET is off)
        } catch (JacksonException e) {
            throw PaperJson.failure(e);
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** Elements after the papers, before the array closes: none here. */
    void writeLastElements(JsonGenerator generator) throws JacksonException {
    }
}
