package org.paperfeed.app;

import java.io.IOException;
import java.util.List;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.model.MuteRule;

/**
 * The user's mute rules: queries whose matches day and source views hide (starred and tagged papers excepted).
 * Each change is on disk when the method returns, and views are told the library changed, since what they hide did.
 * {@link BrowseDays#mutePreview} says what a rule would hide before it is added.
 */
public final class MuteRules {

    private final PaperLibrary library;
    private final AppEvents events;

    MuteRules(PaperLibrary library, AppEvents events) {
        this.library = library;
        this.events = events;
    }

    /** The rules, oldest first. */
    public List<MuteRule> list() {
        return library.muteRules();
    }

    /** @throws InvalidQueryException the query is not valid search syntax; nothing is saved */
    public MuteRule add(String query) throws PaperFeedException {
        try {
            MuteRule rule = library.addMuteRule(query);
            events.publish(new AppEvents.LibraryChanged());
            return rule;
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the mute rule could not be saved: " + e.getMessage(), e);
        }
    }

    /** @throws PaperFeedException no rule has this id, or the change could not be saved */
    public void remove(String id) throws PaperFeedException {
        try {
            if (!library.removeMuteRule(id)) {
                throw new PaperFeedException("there is no mute rule " + id + " (see: paperfeed mute)");
            }
            events.publish(new AppEvents.LibraryChanged());
        } catch (IOException e) {
            throw new PaperFeedException("the mute rule could not be removed: " + e.getMessage(), e);
        }
    }
}
