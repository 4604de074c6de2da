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
 * The JSON export of the whole library: a backup that {@code import} restores into any library, marks included. It
 * is the array every JSON export is ({@link PaperJson} objects, so scripts reading it keep working), and when the
 * library has mute rules or saved searches, which belong to no paper, one last element carries them:
 *
 * <pre>
 * [ { "id" : "2403.01234", … }, …,
 *   { "paperfeed" : "marks", "version" : 1,
 *     "muteRules" : [ { "id" : "m1", "query" : "title:survey" } ],
 *     "savedSearches" : [ { "name" : "SSM", "query" : "mamba OR ssm" } ] } ]
 * </pre>
 *
 * That element has no {@code id}, which no paper lacks. An export narrowed to some papers ({@code --starred},
 * {@code --tag}) has no such element: it is not a backup.
 */
public final class LibraryJsonWriter implements PaperWriter {

    /** The value of the {@code paperfeed} key that tells the marks element from the papers. */
    public static final String KIND = "marks";
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
            if (!muteRules.isEmpty() || !savedSearches.isEmpty()) {
                generator.writeStartObject();
                generator.writeStringProperty("paperfeed", KIND);
                generator.writeNumberProperty("version", VERSION);
                generator.writeName("muteRules");
                generator.writePOJO(muteRules);
                generator.writeName("savedSearches");
                generator.writePOJO(savedSearches);
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.close(); // flushes; the target stays open (AUTO_CLOSE_TARGET is off)
        } catch (JacksonException e) {
            throw PaperJson.failure(e);
        }
        out.write(System.lineSeparator());
        out.flush();
    }
}
