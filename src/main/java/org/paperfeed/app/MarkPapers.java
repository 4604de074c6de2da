package org.paperfeed.app;

import java.io.IOException;
import java.util.Collection;
import java.util.function.UnaryOperator;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.PaperNotFoundException;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperState;

/** The user's marks: stars, tags, read. Each change is on disk when the method returns. */
public final class MarkPapers {

    private final PaperLibrary library;
    private final AppEvents events;

    MarkPapers(PaperLibrary library, AppEvents events) {
        this.library = library;
        this.events = events;
    }

    public LibraryPaper star(String id) throws PaperFeedException {
        return change(id, s -> s.withStarred(true));
    }

    public LibraryPaper unstar(String id) throws PaperFeedException {
        return change(id, s -> s.withStarred(false));
    }

    public LibraryPaper markRead(String id) throws PaperFeedException {
        return change(id, s -> s.withRead(true));
    }

    public LibraryPaper markUnread(String id) throws PaperFeedException {
        return change(id, s -> s.withRead(false));
    }

    public LibraryPaper tag(String id, Collection<String> tags) throws PaperFeedException {
        checkTags(tags);
        return change(id, s -> s.withTags(tags));
    }

    public LibraryPaper untag(String id, Collection<String> tags) throws PaperFeedException {
        if (tags.isEmpty() || tags.stream().anyMatch(String::isBlank)) {
            throw new PaperFeedException("a tag cannot be empty");
        }
        // not checkTags: a tag an older version let in must still be removable
        return change(id, s -> s.withoutTags(tags));
    }

    private static void checkTags(Collection<String> tags) throws PaperFeedException {
        if (tags.isEmpty() || tags.stream().anyMatch(String::isBlank)) {
            throw new PaperFeedException("a tag cannot be empty");
        }
        for (String tag : tags) {
            try {
                PaperState.checkedTag(tag); // before anything is journaled: one bad tag must never brick the library
            } catch (IllegalArgumentException e) {
                throw new PaperFeedException(e.getMessage(), e);
            }
        }
    }

    private LibraryPaper change(String id, UnaryOperator<PaperState> change) throws PaperFeedException {
        try {
            LibraryPaper changed = library.updateState(SearchPapers.toPaperId(id), change);
            events.publish(new AppEvents.PaperChanged(changed));
            return changed;
        } catch (PaperNotFoundException e) {
            throw new UnknownPaperException(id);
        } catch (IOException e) {
            throw new PaperFeedException("the change could not be saved: " + e.getMessage(), e);
        }
    }
}
