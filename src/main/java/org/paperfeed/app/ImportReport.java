package org.paperfeed.app;

/**
 * What importing one file did to the library.
 *
 * @param unusable    lines of a snapshot file that were not papers (malformed, no id or no title) and were skipped
 * @param assumedYear the year assumed for the day the digest printed without one (a page's "Mar 11": the latest such
 *                    day up to when the file was saved); null when no year had to be assumed
 */
public record ImportReport(String origin, int added, int updated, int unusable, Integer assumedYear) {

    public ImportReport(String origin, int added, int updated) {
        this(origin, added, updated, 0);
    }

    public ImportReport(String origin, int added, int updated, int unusable) {
        this(origin, added, updated, unusable, null);
    }

    /**
     * The line the CLI prints and the window shows: {@code FILE: N new, M updated}, then what was skipped or assumed
     * ({@code , 3 lines skipped (not papers)}, {@code ; its date has no year: assumed 2025}).
     */
    public String summary() {
        String summary = origin + ": " + added + " new, " + updated + " updated";
        if (unusable > 0) {
            summary += ", " + unusable + " lines skipped (not papers)";
        }
        return assumedYear == null ? summary : summary + "; its date has no year: assumed " + assumedYear;
    }
}
