package org.paperfeed.app.sources;

import java.time.Instant;
import java.util.Objects;

/**
 * What the last refreshes of one source did, for the command line's {@code sources} table and the window's sidebar.
 *
 * @param lastAttempt null when the source was never refreshed
 * @param lastSuccess the last refresh that got a digest or "not modified"; null if none ever did
 * @param error       why the last attempt failed, in the user's words; null when it succeeded
 * @param offline     the last attempt could not reach the host at all, which is normal for a laptop on a train
 * @param added       papers the last success added (0 when it was "not modified")
 * @param updated     papers the last success told the library something new about
 * @param notModified the last success was the server saying nothing changed since the refresh before
 * @param importedHash the SHA-256 of the last digest from this source that reached the library; null if none did. A
 *                    304 for a copy with another hash (downloaded, then the app stopped before importing it) is
 *                    imported rather than reported "not modified"
 */
public record SourceStatus(String name, Instant lastAttempt, Instant lastSuccess, String error, boolean offline,
                           int added, int updated, boolean notModified, String importedHash) {

    /** The four states a sidebar shows. */
    public enum State {
        NEVER, OK, OFFLINE, ERROR
    }

    public SourceStatus {
        Objects.requireNonNull(name, "name");
    }

    public static SourceStatus never(String name) {
        return new SourceStatus(name, null, null, null, false, 0, 0, false, null);
    }

    public State state() {
        if (lastAttempt == null) {
            return State.NEVER;
        }
        if (error == null) {
            return State.OK;
        }
        return offline ? State.OFFLINE : State.ERROR;
    }

    /** One phrase: "never refreshed", "3 new, 1 updated", "not modified", "failed: offline: cannot reach HOST". */
    public String describe() {
        switch (state()) {
            case NEVER:
                return "never refreshed";
            case OK:
                return notModified ? "not modified" : added + " new, " + updated + " updated";
            default:
                return "failed: " + error;
        }
    }

    /** This status after {@code report}; a skipped source keeps its status. */
    SourceStatus after(RefreshReport report, Instant at) {
        switch (report.result()) {
            case IMPORTED:
                return new SourceStatus(name, at, at, null, false, report.added(), report.updated(), false,
                        report.contentHash());
            case NOT_MODIFIED:
                return new SourceStatus(name, at, at, null, false, 0, 0, true, report.contentHash());
            case FAILED:
                return new SourceStatus(name, at, lastSuccess, report.reason(), report.offline(), added, updated,
                        notModified, importedHash);
            default:
                return this;
        }
    }
}
