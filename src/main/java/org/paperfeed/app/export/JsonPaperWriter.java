package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import org.paperfeed.model.LibraryPaper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON array {@code --json} prints, written one {@link PaperJson} at a time into one generator. A subclass may
 * add elements after the papers ({@link LibraryJsonWriter}: the whole library's marks that belong to no paper).
 */
class JsonPaperWriter implements PaperWriter {

    private JsonGenerator generator;

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
            generator.writePOJO(PaperJson.of(paper));
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
