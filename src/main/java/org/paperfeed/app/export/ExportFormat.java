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
        return newWriter(java.util.function.UnaryOperator.identity());
    }

    /** @param sourceNames how a source is shown (JSON's {@code sourceName}), from its name */
    public PaperWriter newWriter(java.util.function.UnaryOperator<String> sourceNames) {
        return switch (this) {
            case JSON -> new JsonPaperWriter(sourceNames);
            case BIBTEX -> new BibtexWriter();
            case MARKDOWN -> new MarkdownWriter();
        };
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
