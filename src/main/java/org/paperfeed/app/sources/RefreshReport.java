package org.paperfeed.app.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What refreshing one source did.
 *
 * @param reason      why it failed or was skipped, in the user's words; null otherwise
 * @param offline     a failure because the host could not be reached at all
 * @param contentHash the SHA-256 of the digest now in the library, when the refresh imported it or found it
 *                    unchanged; null otherwise
 * @param days        how many digests the refresh read or found unchanged: today's and each past day's a catch-up
 *                    asked for; 1 for a plain fetch that worked, 0 when nothing arrived
 * @param skipped     entries of the digests read that were not papers (an RSS item without a title, a title far
 *                    too long) and were left out, as an import counts them ({@code Digest.skipped})
 */
public record RefreshReport(String source, Result result, int added, int updated, String reason, boolean offline,
                            String contentHash, int days, int skipped) {

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

    /** A report of digests that held no entry that was not a paper. */
    public RefreshReport(String source, Result result, int added, int updated, String reason, boolean offline,
                         String contentHash, int days) {
        this(source, result, added, updated, reason, offline, contentHash, days, 0);
    }

    public static RefreshReport imported(String source, int added, int updated, String contentHash) {
        return imported(source, added, updated, 0, contentHash);
    }

    /** @param skipped the digest's entries that were not papers */
    public static RefreshReport imported(String source, int added, int updated, int skipped, String contentHash) {
        return new RefreshReport(source, Result.IMPORTED, added, updated, null, false, contentHash, 1, skipped);
    }

    public static RefreshReport notModified(String source, String contentHash) {
        return new RefreshReport(source, Result.NOT_MODIFIED, 0, 0, null, false, contentHash, 1);
    }

    public static RefreshReport failed(String source, String reason, boolean offline) {
        return new RefreshReport(source, Result.FAILED, 0, 0, reason, offline, null, 0);
    }

    public static RefreshReport skipped(String source, String reason) {
        return new RefreshReport(source, Result.SKIPPED, 0, 0, reason, false, null, 0);
    }

    /**
     * One report for a source's whole refresh: today's fetch first, then each past day's. It failed if any fetch
     * failed (with the first failure's reason), and counts what every fetch that worked brought; its content hash
     * is today's digest's.
     */
    public static RefreshReport combined(List<RefreshReport> fetches) {
        RefreshReport today = fetches.get(0);
        if (fetches.size() == 1) {
            return today;
        }
        RefreshReport failure = fetches.stream().filter(RefreshReport::failed).findFirst().orElse(null);
        boolean anyImported = fetches.stream().anyMatch(r -> r.result == Result.IMPORTED);
        Result result = failure != null ? Result.FAILED : anyImported ? Result.IMPORTED : Result.NOT_MODIFIED;
        return new RefreshReport(today.source, result, fetches.stream().mapToInt(RefreshReport::added).sum(),
                fetches.stream().mapToInt(RefreshReport::updated).sum(), failure == null ? null : failure.reason,
                failure != null && failure.offline, today.contentHash,
                fetches.stream().mapToInt(RefreshReport::days).sum(),
                fetches.stream().mapToInt(RefreshReport::skipped).sum());
    }

    /** This failure, its reason prefixed with the past day it happened on. */
    public RefreshReport on(LocalDate day) {
        return failed() ? new RefreshReport(source, result, added, updated, day + ": " + reason, offline, contentHash,
                days, skipped) : this;
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    /**
     * The line the CLI prints: {@code NAME: N new, M updated}, {@code NAME: not modified}, {@code NAME: failed: WHY};
     * a refresh that read several days says how many ({@code NAME: 3 days, 95 new, 2 updated}), and one that failed
     * after some worked says what they brought before the failure
     * ({@code NAME: 2 days, 40 new, 0 updated; failed: 2026-03-12: server error (500)}). Entries of the digests
     * that were not papers are counted after, as an import counts its lines ({@code NAME: 2 new, 0 updated, 1 entry
     * skipped (not a paper)}).
     */
    public String summary() {
        switch (result) {
            case IMPORTED:
                return source + ": " + counts();
            case NOT_MODIFIED:
                return source + ": " + (days > 1 ? counts() : "not modified");
            case FAILED:
                return source + ": " + (days > 0 ? counts() + "; " : "") + "failed: " + reason;
            default:
                return source + ": skipped: " + reason;
        }
    }

    private String counts() {
        String dayCount = days > 1 || result == Result.FAILED ? days + (days == 1 ? " day, " : " days, ") : "";
        String counts = dayCount + added + " new, " + updated + " updated";
        return skipped > 0 ? counts + ", " + skippedEntries(skipped) : counts;
    }

    /** {@code 1 entry skipped (not a paper)}, {@code 3 entries skipped (not papers)}: what a refresh left out. */
    public static String skippedEntries(int count) {
        return count == 1 ? "1 entry skipped (not a paper)" : count + " entries skipped (not papers)";
    }
}
