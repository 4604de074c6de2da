package org.paperfeed.app;

import java.time.Duration;

/**
 * How far a bulk import has got, reported after each committed batch.
 *
 * @param papers    papers saved so far by this run (new, updated or already known)
 * @param bytesRead bytes of the file read so far, including any skipped on resuming
 * @param fileBytes the file's size
 * @param elapsed   time since this run started
 * @param skipped   bytes this run skipped because an earlier, interrupted run had saved them
 */
public record ImportProgress(long papers, long bytesRead, long fileBytes, Duration elapsed, long skipped) {

    /** Papers per second in this run. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : papers / seconds;
    }

    /** The share of the file done, from 0 to 1. */
    public double fraction() {
        return fileBytes <= 0 ? 1 : Math.min(1, (double) bytesRead / fileBytes);
    }

    /** Time left at this run's pace through the file; zero when done or unknown. */
    public Duration remaining() {
        long done = bytesRead - skipped;
        long left = fileBytes - bytesRead;
        if (done <= 0 || left <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) (elapsed.toNanos() * ((double) left / done)));
    }
}
