package org.paperfeed.ui;

/**
 * "The latest result wins": each request a view model sends to the background takes a ticket, and its result is
 * applied only while that ticket is still the latest, so a slow answer to a question the user has moved past never
 * overwrites the answer to the current one. Used on the FX thread only, so it needs no lock.
 */
final class LatestOnly {

    private long latest;

    /** A new request: every ticket taken before is stale from now on. */
    long next() {
        return ++latest;
    }

    /** The ticket of the latest request, for work that belongs to it (the next page of the same search). */
    long current() {
        return latest;
    }

    boolean isLatest(long ticket) {
        return ticket == latest;
    }
}
