package org.paperfeed.app;

/** What importing one file did to the library. */
public record ImportReport(String origin, int added, int updated) {

    /** The line the CLI prints and the window shows: {@code FILE: N new, M updated}. */
    public String summary() {
        return origin + ": " + added + " new, " + updated + " updated";
    }
}
