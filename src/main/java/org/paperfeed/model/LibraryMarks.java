package org.paperfeed.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user's marks a backup carries (PaperFeed's JSON export read back): each paper's state, the mute rules and the
 * saved searches. Importing the backup adds them to the library.
 *
 * @param states        by the id each paper had in the library it came from; untouched papers are left out
 * @param muteRules     as that library numbered them; a restoring library gives each its own next id
 * @param savedSearches in the order saved
 * @param refused       one reason class ({@code tag too long}) for each mark the backup holds but this version refused
 *                      while reading it (a tag or note it would not journal, a mute rule's query over the limit), so
 *                      the import can say what was not restored
 * @param duplicates    how many paper entries repeated the id of one before them (two backups merged by hand): their
 *                      marks are merged into {@code states}, not put in place of the first's
 */
public record LibraryMarks(Map<PaperId, PaperState> states, List<MuteRule> muteRules,
                           List<SavedSearch> savedSearches, List<String> refused, int duplicates) {

    public static final LibraryMarks NONE = new LibraryMarks(Map.of(), List.of(), List.of());

    public LibraryMarks {
        states = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(states, "states")));
        muteRules = List.copyOf(muteRules);
        savedSearches = List.copyOf(savedSearches);
        refused = List.copyOf(refused);
    }

    public LibraryMarks(Map<PaperId, PaperState> states, List<MuteRule> muteRules, List<SavedSearch> savedSearches) {
        this(states, muteRules, savedSearches, List.of(), 0);
    }

    public boolean isEmpty() {
        return states.isEmpty() && muteRules.isEmpty() && savedSearches.isEmpty() && refused.isEmpty()
                && duplicates == 0;
    }
}
