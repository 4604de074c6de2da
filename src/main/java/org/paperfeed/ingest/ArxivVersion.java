package org.paperfeed.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperfeed.model.PaperExtras;

/**
 * The arXiv version a source names next to an id ({@code oai:arXiv.org:2403.01234v2},
 * {@code http://arxiv.org/abs/2403.05555v2}, {@code arXiv:2403.01234v1}): a newer version replaces a paper's title
 * and abstract, so it is worth keeping wherever a source says it.
 */
final class ArxivVersion {

    private static final Pattern VERSIONED_ID = Pattern.compile(
            "(?i)(?<![\\w.])(?:\\d{4}\\.\\d{4,5}|[a-z][a-z.-]*(?:\\.[a-z]{2})?/\\d{7})(v\\d{1,4})(?![\\w])");

    private ArxivVersion() {
    }

    /** The version ("v2") of the first versioned arXiv id in {@code text}; null when there is none. */
    static String in(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher m = VERSIONED_ID.matcher(text.length() > 500 ? text.substring(0, 500) : text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Extras that say only the version; {@link PaperExtras#NONE} when it is unknown (null). */
    static PaperExtras extras(String version) {
        return version == null ? PaperExtras.NONE : new PaperExtras(version, null, null, null, List.of(), null);
    }
}
