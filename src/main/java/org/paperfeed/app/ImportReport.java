package org.paperfeed.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paperfeed.support.Plural;

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
     *
     * @param notRestored how many of the backup's marks were left out, by reason class ({@code tag too long},
     *                    {@code query does not parse}, {@code paper not found}), in the order first met; a mark the
     *                    library already held is not in it
     * @param duplicatesMerged paper entries that repeated one before them in the backup (two backups merged by hand),
     *                    whose marks were merged with the first's, none lost
     */
    public record Restored(int papers, int muteRules, int savedSearches, Map<String, Integer> notRestored,
                           int duplicatesMerged) {
        public static final Restored NONE = new Restored(0, 0, 0);

        public Restored {
            notRestored = Collections.unmodifiableMap(new LinkedHashMap<>(
                    notRestored == null ? Map.of() : notRestored));
        }

        public Restored(int papers, int muteRules, int savedSearches) {
            this(papers, muteRules, savedSearches, Map.of(), 0);
        }

        boolean any() {
            return papers + muteRules + savedSearches > 0;
        }

        /** How many of the backup's marks were left out, for every reason. */
        public int notRestoredCount() {
            return notRestored.values().stream().mapToInt(Integer::intValue).sum();
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
     * ({@code , 3 lines skipped (not papers)}, {@code , 1 line skipped (not a paper)}), the entries of a backup that
     * repeated a paper before them ({@code , 2 duplicate paper entries merged}), then what a backup restored and, last,
     * what of it was not
     * ({@code , 2 marks not restored (tag too long)}; several reasons are listed with {@code ; } between them). Its
     * shape is documented: scripts read it.
     */
    public String summary() {
        String summary = origin + ": " + added + " new, " + updated + " updated";
        if (unusable > 0) {
            summary += ", " + Plural.of(unusable, "line") + " skipped" + (unusable == 1 ? " (not a paper)"
                    : " (not papers)");
        }
        if (trimmed > 0) {
            summary += ", " + Plural.of(trimmed, "value") + " trimmed (too long)";
        }
        if (restored.duplicatesMerged() > 0) {
            summary += ", " + Plural.of(restored.duplicatesMerged(), "duplicate paper entry", "duplicate paper entries")
                    + " merged";
        }
        if (restored.any()) {
            summary += ", marks restored on " + Plural.of(restored.papers(), "paper") + ", "
                    + Plural.of(restored.muteRules(), "mute rule") + ", "
                    + Plural.of(restored.savedSearches(), "saved search", "saved searches");
        }
        if (restored.notRestoredCount() > 0) {
            summary += ", " + Plural.of(restored.notRestoredCount(), "mark") + " not restored ("
                    + String.join("; ", restored.notRestored().keySet()) + ")";
        }
        return summary;
    }

    /** What had to be assumed to read the digest ({@code FILE: its date has no year, assumed 2025}), if anything. */
    public java.util.Optional<String> assumption() {
        return assumedYear == null ? java.util.Optional.empty()
                : java.util.Optional.of(origin + ": its date has no year, assumed " + assumedYear);
    }
}
