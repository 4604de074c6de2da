package org.paperfeed.ingest;

/**
 * How large a digest may be: the one cap, and the one sentence that refuses more, for every parser and for the app,
 * which checks a file's size (or reads standard input only up to it) before reading it whole into memory.
 */
public final class DigestSize {

    /** Larger than any digest we have seen by two orders of magnitude; beyond it the input is not a digest. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private DigestSize() {
    }

    /** What the user reads, after the file or URL and a colon, about an input larger than {@link #MAX_BYTES}. */
    public static String tooLarge() {
        return "larger than " + MAX_BYTES / (1024 * 1024) + " MB, far too large for a paper digest";
    }
}
