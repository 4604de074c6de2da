package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.SavedSearch;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON export of the whole library: a backup that {@code import} restores into any library, marks included.
 * The papers are the very objects of the array form ({@link PaperJson}); beside them go the marks that belong to no
 * paper:
 *
 * <pre>
 * {
 *   "paperfeed" : "library",
 *   "version" : 1,
 *   "muteRules" : [ { "id" : "m1", "query" : "title:survey" } ],
 *   "savedSearches" : [ { "name" : "SSM", "query" : "mamba OR ssm" } ],
 *   "papers" : [ { "id" : "2403.01234", … }, … ]
 * }
 * </pre>
 *
 * An export narrowed to some papers ({@code --starred}, {@code --tag}) stays the plain array: it is not a backup.
 */
public final class LibraryJsonWriter implements PaperWriter {

    /** The value of the {@code paperfeed} key that says "a whole library", for readers to tell it from other JSON. */
    public static final String KIND = "library";
    public static final int VERSION = 1;

    private final List<MuteRule> muteRules;
    private final List<SavedSearch> savedSearches;
    private JsonGenerator generator;

    public LibraryJsonWriter(List<MuteRule> muteRules, List<SavedSearch> savedSearches) {
        this.muteRules = List.copyOf(muteRules);
        this.savedSearches = List.copyOf(savedSearches);
    }

    @Override
    public void begin(Writer out) throws IOException {
        try {
            generator = PaperJson.generator(out);
            generator.writeStartObject();
            generator.writeStringProperty("paperfeed", KIND);
            generator.writeNumberProperty("version", VERSION);
            generator.writeName("muteRules");
            generator.writePOJO(muteRules);
            generator.writeName("savedSearches");
            generator.writePOJO(savedSearches);
            generator.writeName("papers");
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
            generator.writeEndArray();
            generator.writeEndObject();
            generator.close(); // flushes; the target stays open (AUTO_CLOSE_TARGET is off)
        } catch (JacksonException e) {
            throw PaperJson.failure(e);
        }
        out.write(System.lineSeparator());
        out.flush();
    }
}
