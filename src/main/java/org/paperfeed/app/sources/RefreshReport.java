package org.paperfeed.app.sources;

import java.util.Objects;

/**
 * What refreshing one source did.
 *
 * @param reason      why it failed or was skipped, in the user's words; null otherwise
 * @param offline     a failure because the host could not be reached at all
 * @param contentHash the SHA-256 of the digest now in the library, when the refresh imported it or found it
 *                    unchanged; null otherwise
 */
public record RefreshReport(String source, Result result, int added, int updated, String reason, boolean offline,
                            String contentHash) {

    public enum Result {
        /** A digest was fetched and read; {@code added} and {@code updated} say what it changed (maybe nothing). */
        IMPORTED,
        /** The server said the digest has not changed, and that copy is already in the library: nothing was read. */
        NOT_MODIFIED,
        /** Nothing reached the library; {@code reason} says why. */
        FAILED,
        /** Not fetched, such as a source that cannot be asked for a past day; {@code reason} says why. */
        SKIPPED
    }

    public RefreshReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(result, "result");
    }

    public static RefreshReport imported(String source, int added, int updated, String contentHash) {
        return new RefreshReport(source, Result.IMPORTED, added, updated, null, false, contentHash);
    }

    public static RefreshReport notModified(String source, String contentHash) {
        return new RefreshReport(source, Result.NOT_MODIFIED, 0, 0, null, false, contentHash);
    }

    public static RefreshReport failed(String source, String reason, boolean offline) {
        return new RefreshReport(source, Result.FAILED, 0, 0, reason, offline, null);
    }

    public static RefreshReport skipped(String source, String reason) {
        return new RefreshReport(source, Result.SKIPPED, 0, 0, reason, false, null);
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    /** The line the CLI prints: {@code NAME: N new, M updated}, {@code NAME: not modified}, {@code NAME: failed: WHY}. */
    public String summary() {
        switch (result) {
            case IMPORTED:
                return source + ": " + added + " new, " + updated + " updated";
            case NOT_MODIFIED:
                return source + ": not modified";
            case FAILED:
                return source + ": failed: " + reason;
            default:
                return source + ": skipped: " + reason;
        }
    }
}
