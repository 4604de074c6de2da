package org.paperfeed.app;

/**
 * What importing one file did to the library.
 *
 * @param unusable    lines or entries that were not papers (malformed, no id, no title or a title far too long) and
 *                    were skipped
 * @param assumedYear the year assumed for the day the digest printed without one (a page's "Mar 11": the latest such
 *                    day up to when the file was saved); null when no year had to be assumed
 * @param trimmed     values left out of papers that were kept (an author, category or keyword too long to be one)
 * @param restored    the marks a PaperFeed JSON export (a backup) brought back; {@link Restored#NONE} for any other
 */
public record ImportReport(String origin, int added, int updated, int unusable, Integer assumedYear, int trimmed,
                           Restored restored) {

    /**
     * Marks a backup added: papers that gained a mark (star, read, tag, not interested, note), mute rules and saved
     * searches that were not in the library yet.
     */
    public record Restored(int papers, int muteRules, int savedSearches) {
        public static final Restored NONE = new Restored(0, 0, 0);

        boolean any() {
            return papers + muteRules + savedSearches > 0;
        }
    }

    public ImportReport {
        restored = restored == null ? Restored.NONE : restored;
    }

    public ImportReport(String origin, int added, int updated, int unusable, Integer assumedYear, int trimmed) {
        this(origin, added, updated, unusable, assumedYear, trimmed, Restored.NONE);
    }

    public ImportReport(String origin, int added, int updated) {
        this(origin, added, updated, 0);
    }

    public ImportReport(String origin, int added, int updated, int unusable) {
        this(origin, added, updated, unusable, null);
    }

    public ImportReport(String origin, int added, int updated, int unusable, Integer assumedYear) {
        this(origin, added, updated, unusable, assumedYear, 0);
    }

    /**
     * The line the CLI prints and the window shows: {@code FILE: N new, M updated}, then what was skipped
     * ({@code , 3 lines skipped (not papers)}). Its shape is documented: scripts read it.
     */
    public String summary() {
        String summary = origin + ": " + added + " new, " + updated + " updated";
        if (unusable > 0) {
            summary += ", " + unusable + " lines skipped (not papers)";
        }
        if (trimmed > 0) {
            summary += ", " + trimmed + " values trimmed (too long)";
        }
        if (restored.any()) {
            summary += ", marks restored on " + restored.papers() + " papers, " + restored.muteRules()
                    + " mute rules, " + restored.savedSearches() + " saved searches";
        }
        return summary;
    }

    /** What had to be assumed to read the digest ({@code FILE: its date has no year, assumed 2025}), if anything. */
    public java.util.Optional<String> assumption() {
        return assumedYear == null ? java.util.Optional.empty()
                : java.util.Optional.of(origin + ": its date has no year, assumed " + assumedYear);
    }
}
