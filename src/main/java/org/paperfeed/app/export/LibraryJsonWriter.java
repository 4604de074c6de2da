package org.paperfeed.app.export;

import java.util.List;
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
public final class LibraryJsonWriter extends JsonPaperWriter {

    /** The value of the {@code paperfeed} key that tells the marks element from the papers. */
    public static final String KIND = "marks";
    public static final int VERSION = 1;

    private final List<MuteRule> muteRules;
    private final List<SavedSearch> savedSearches;

    public LibraryJsonWriter(List<MuteRule> muteRules, List<SavedSearch> savedSearches) {
        this(muteRules, savedSearches, java.util.function.UnaryOperator.identity());
    }

    /** @param sourceNames how a source is shown (each paper's {@code sourceName}), from its name */
    public LibraryJsonWriter(List<MuteRule> muteRules, List<SavedSearch> savedSearches,
                             java.util.function.UnaryOperator<String> sourceNames) {
        super(sourceNames);
        this.muteRules = List.copyOf(muteRules);
        this.savedSearches = List.copyOf(savedSearches);
    }

    @Override
    void writeLastElements(JsonGenerator generator) throws JacksonException {
        if (muteRules.isEmpty() && savedSearches.isEmpty()) {
            return;
        }
        generator.writeStartObject();
        generator.writeStringProperty("paperfeed", KIND);
        generator.writeNumberProperty("version", VERSION);
        generator.writeName("muteRules");
        generator.writePOJO(muteRules);
        generator.writeName("savedSearches");
        generator.writePOJO(savedSearches);
        generator.writeEndObject();
    }
}
