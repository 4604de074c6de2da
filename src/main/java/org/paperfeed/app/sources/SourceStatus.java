package org.paperfeed.app.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.paperfeed.ingest.DigestFormat;

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
 * @param detectedFormat what the source's last digest turned out to be, for a source whose format is detected
 *                    ({@code auto}); null when unknown. A source found to serve Hugging Face daily papers is caught
 *                    up day by day like the configured ones
 * @param daysFetched the past days this source was asked for by date and answered; never null
 */
public record SourceStatus(String name, Instant lastAttempt, Instant lastSuccess, String error, boolean offline,
                           int added, int updated, boolean notModified, String importedHash,
                           DigestFormat detectedFormat, FetchedDays daysFetched) {

    /** The four states a sidebar shows. */
    public enum State {
        NEVER, OK, OFFLINE, ERROR
    }

    public SourceStatus {
        Objects.requireNonNull(name, "name");
        daysFetched = daysFetched != null ? daysFetched : FetchedDays.NONE;
    }

    /** A status of a source that was never asked for a past day. */
    public SourceStatus(String name, Instant lastAttempt, Instant lastSuccess, String error, boolean offline,
                        int added, int updated, boolean notModified, String importedHash) {
        this(name, lastAttempt, lastSuccess, error, offline, added, updated, notModified, importedHash, null, null);
    }

    public static SourceStatus never(String name) {
        return new SourceStatus(name, null, null, null, false, 0, 0, false, null);
    }

    /** This status with {@code day} fetched, forgetting fetched days before {@code oldestKept}. */
    SourceStatus withDayFetched(LocalDate day, LocalDate oldestKept) {
        return new SourceStatus(name, lastAttempt, lastSuccess, error, offline, added, updated, notModified,
                importedHash, detectedFormat, daysFetched.with(day).from(oldestKept));
    }

    SourceStatus withDetectedFormat(DigestFormat format) {
        return new SourceStatus(name, lastAttempt, lastSuccess, error, offline, added, updated, notModified,
                importedHash, format, daysFetched);
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
                        report.contentHash(), detectedFormat, daysFetched);
            case NOT_MODIFIED:
                return new SourceStatus(name, at, at, null, false, 0, 0, true, report.contentHash(), detectedFormat,
                        daysFetched);
            case FAILED:
                // Today's digest may have arrived though a past day failed: a later 304 must know it is in.
                return new SourceStatus(name, at, lastSuccess, report.reason(), report.offline(), added, updated,
                        notModified, report.contentHash() != null ? report.contentHash() : importedHash,
                        detectedFormat, daysFetched);
            default:
                return this;
        }
    }
}
