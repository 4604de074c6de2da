package org.paperfeed.app;

/**
 * What importing one file did to the library.
 *
 * @param unusable lines of a snapshot file that were not papers (malformed, no id or no title) and were skipped
 */
public record ImportReport(String origin, int added, int updated, int unusable) {

    public ImportReport(String origin, int added, int updated) {
        this(origin, added, updated, 0);
    }

    /** The line the CLI prints and the window shows: {@code FILE: N new, M updated}. */
    public String summary() {
        String summary = origin + ": " + added + " new, " + updated + " updated";
        return unusable == 0 ? summary : summary + ", " + unusable + " lines skipped (not papers)";
    }
}
