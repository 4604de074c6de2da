package org.paperfeed.app;

import java.nio.file.Path;
import java.util.Optional;
import org.paperfeed.library.JournalRecovery;
import org.paperfeed.support.Plural;

/**
 * The marks journal ({@code library/user-state.jsonl}) was damaged and was rebuilt from the marks the index mirrors
 * when the library was opened: a sentence the window and the command line show as they are.
 *
 * @param problem   what was wrong with the journal
 * @param marks     papers whose marks came back
 * @param muteRules mute rules that came back
 * @param setAside  where the damaged journal was kept, or null when it was missing
 */
public record MarksRecovered(String problem, int marks, int muteRules, Path setAside) {

    static MarksRecovered of(JournalRecovery recovery) {
        return new MarksRecovered(recovery.problem(), recovery.marks(), recovery.muteRules(), recovery.setAside());
    }

    public Optional<Path> setAsideJournal() {
        return Optional.ofNullable(setAside);
    }

    /** E.g. "The marks journal was damaged (…); rebuilt it from the index: 3 marked papers and 1 mute rule came back. …" */
    public String message() {
        StringBuilder text = new StringBuilder("The marks journal was damaged (").append(problem)
                .append("); rebuilt it from the index: ").append(Plural.of(marks, "marked paper"))
                .append(" and ").append(Plural.of(muteRules, "mute rule")).append(" came back.");
        if (setAside != null) {
            text.append(" The damaged journal was kept in ").append(setAside).append('.');
        }
        return text.toString();
    }
}
