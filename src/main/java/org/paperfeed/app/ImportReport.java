package org.paperfeed.app;

/**
 * What importing one file did to the library.
 *
 * @param unusable lines or entries that were not papers (malformed, no id, no title or a title far too long) and were
 *                 skipped
 * @param trimmed  values left out of papers that were kept (an author, category or keyword too long to be one)
 */
public record ImportReport(String origin, int added, int updated, int unusable, int trimmed) {

    public ImportReport(String origin, int added, int updated) {
        this(origin, added, updated, 0, 0);
    }

    public ImportReport(String origin, int added, int updated, int unusable) {
        this(origin, added, updated, unusable, 0);
    }

    /** The line the CLI prints and the window shows: {@code FILE: N new, M updated}. */
    public String summary() {
        String summary = origin + ": " + added + " new, " + updated + " updated";
        if (unusable > 0) {
            summary += ", " + unusable + " lines skipped (not papers)";
        }
        return trimmed == 0 ? summary : summary + ", " + trimmed + " values trimmed (too long)";
    }
}
