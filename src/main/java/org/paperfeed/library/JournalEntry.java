package org.paperfeed.library;

import java.util.List;
import java.util.Map;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;

/**
 * One line of the user-state journal, as {@link JournalLines} reads and writes it. Every entry but {@link Kept}
 * carries the journal's sequence number, which only grows: the index records the last one it reflects.
 */
sealed interface JournalEntry {

    /** The journal format this code writes; a journal that says a higher one was written by a newer PaperFeed. */
    int FORMAT_VERSION = 2;

    long seq();

    /**
     * The first line of a journal written or compacted by this version. It carries the counters that compaction
     * would otherwise lose: the highest sequence number and the next mute rule number (rule ids are never reused).
     */
    record Format(int version, long seq, long nextMuteRule) implements JournalEntry {
    }

    /** A paper's whole state: the last one per paper wins. */
    record PaperMark(long seq, PaperId id, PaperState state) implements JournalEntry {
    }

    /** A paper's state moved to the id it is now known by (its arXiv id became known). */
    record Rename(long seq, PaperId from, PaperId to) implements JournalEntry {
    }

    /** Several papers' whole states in one line, so a crash or a full disk leaves all of them or none. */
    record Batch(long seq, Map<PaperId, PaperState> states) implements JournalEntry {
    }

    record MuteAdded(long seq, MuteRule rule) implements JournalEntry {
    }

    record MuteRemoved(long seq, String ruleId) implements JournalEntry {
    }

    /**
     * Papers' notes, each the whole note (empty: removed). A mark of its own beside {@link PaperMark}, whose lines
     * never carry a note: replaying a paper line keeps the paper's note. One note is a {@code note} line, several
     * (a restored backup) one {@code notes} line, all or none.
     */
    record NotesSet(long seq, Map<PaperId, String> notes) implements JournalEntry {
    }

    /** A saved search, replacing one of the same name (names compare without case). */
    record SearchSaved(long seq, SavedSearch search) implements JournalEntry {
    }

    record SearchRemoved(long seq, String name) implements JournalEntry {
    }

    /**
     * The saved searches an older version kept in {@code preferences.json}, carried into the journal once: its
     * presence says the carrying is done, so a search deleted later is never brought back from that file.
     */
    record SearchesCarried(long seq, List<SavedSearch> searches) implements JournalEntry {
    }

    /**
     * A line this version does not understand (a type a later version added, or a value it refuses): kept
     * verbatim, in order, through replay and compaction, so an older PaperFeed never destroys a newer one's marks.
     */
    record Kept(String line, long seq) implements JournalEntry {
    }
}
