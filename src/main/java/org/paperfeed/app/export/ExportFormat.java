package org.paperfeed.app.export;

import java.util.Locale;

/** The formats papers can be exported in, each for a different next step. */
public enum ExportFormat {
    /** For scripts: the same objects as {@code --json}. */
    JSON,
    /** For reference managers and LaTeX. */
    BIBTEX,
    /** For notes and reading lists. */
    MARKDOWN;

    public String extension() {
        return switch (this) {
            case JSON -> "json";
            case BIBTEX -> "bib";
            case MARKDOWN -> "md";
        };
    }

    /**
     * A new writer for one export in this format. The formats make the writers, not the interface, so the writers
     * and the interface they implement do not depend on each other in a ring.
     */
    public PaperWriter newWriter() {
        return switch (this) {
            case JSON -> new JsonPaperWriter();
            case BIBTEX -> new BibtexWriter();
            case MARKDOWN -> new MarkdownWriter();
        };
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
