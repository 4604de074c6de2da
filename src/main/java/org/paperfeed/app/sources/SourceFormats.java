package org.paperfeed.app.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperfeed.ingest.DigestFormat;

/**
 * The names of digest formats as users type them and as {@code sources.json} stores them: {@code auto} (detect
 * from each response), else each {@link DigestFormat} in lower case with hyphens ({@code hf-daily-json}, {@code rss},
 * {@code atom}, {@code arxiv-atom}, {@code text-page}, {@code arxiv-snapshot}, {@code paperfeed-json}).
 */
public final class SourceFormats {

    public static final String AUTO = "auto";

    private SourceFormats() {
    }

    /** Every name {@link #parse} accepts, {@code auto} first: what a format picker offers. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(AUTO);
        for (DigestFormat format : DigestFormat.values()) {
            names.add(name(format));
        }
        return names;
    }

    /** @param format null for automatic detection */
    public static String name(DigestFormat format) {
        return format == null ? AUTO : format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return null for {@code auto}, blank or null */
    public static DigestFormat parse(String name) throws SourceException {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase(AUTO)) {
            return null;
        }
        String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DigestFormat format : DigestFormat.values()) {
            if (format.name().equals(constant)) {
                return format;
            }
        }
        throw new SourceException("unknown format '" + name.strip() + "' (one of: " + String.join(", ", names()) + ")");
    }
}
