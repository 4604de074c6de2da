package org.paperfeed.ingest.fetch;

import java.time.Duration;

/** Numbers as failure reasons print them: "20 MB", "30 s", "3 attempts". */
final class Wording {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Wording() {
    }

    static String size(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }

    static String duration(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        return duration.toSeconds() + " s";
    }

    static String attempts(int count) {
        return count == 1 ? "1 attempt" : count + " attempts";
    }
}
