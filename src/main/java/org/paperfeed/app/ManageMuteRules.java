package org.paperfeed.app;

import java.io.IOException;
import java.util.List;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.model.MutePreview;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;

/**
 * The user's mute rules: queries whose matches leave day and source views (starred and tagged papers excepted).
 * Before a rule is saved, {@link #preview} says how many stored papers it would newly hide, and once saved
 * {@link #hides} how many it hides; each rule keeps its id whatever happens to the others.
 */
public final class ManageMuteRules {

    private final PaperLibrary library;
    private final BrowseDays browse;
    private final AppEvents events;

    ManageMuteRules(PaperLibrary library, BrowseDays browse, AppEvents events) {
        this.library = library;
        this.browse = browse;
        this.events = events;
    }

    /** Every rule, oldest first. */
    public List<MuteRule> list() {
        return library.muteRules();
    }

    /**
     * How many stored papers the rule hides now: those it matches that are neither starred nor tagged (the Muted
     * view's papers its own query matches). A paper two rules match counts for both; another rule's coming or going
     * does not change this rule's count.
     */
    public long hides(MuteRule rule) throws PaperFeedException {
        return browse.muted(new ViewQuery(rule.query(), null, null, null, SortOrder.DATE), 0, 0).totalHits();
    }

    /**
     * How many stored papers a rule with this query would newly hide (neither hidden already nor kept), and how
     * many it matches at all.
     *
     * @throws InvalidQueryException the query is not valid search syntax
     */
    public MutePreview preview(String query) throws PaperFeedException {
        String text = checked(query);
        try {
            return library.mutePreview(text, library.muteRules());
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
    }

    /** Saves a rule; durable when this returns. Day views and counts change, so the window is told. */
    public MuteRule add(String query) throws PaperFeedException {
        String text = checked(query);
        try {
            MuteRule rule = library.addMuteRule(text);
            events.publish(new AppEvents.LibraryChanged());
            return rule;
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the mute rule could not be saved: " + e.getMessage(), e);
        }
    }

    /** Removes the rule with this id; fails with one line when there is none. */
    public void remove(String id) throws PaperFeedException {
        try {
            if (!library.removeMuteRule(id == null ? "" : id.strip())) {
                throw new PaperFeedException("no mute rule has the id '" + id + "'; 'mute' lists them");
            }
            events.publish(new AppEvents.LibraryChanged());
        } catch (IOException e) {
            throw new PaperFeedException("the mute rule could not be removed: " + e.getMessage(), e);
        }
    }

    private static String checked(String query) throws InvalidQueryException {
        if (query == null || query.isBlank()) {
            throw new InvalidQueryException("a mute rule needs a query, e.g. title:survey");
        }
        return query.strip();
    }
}
