package org.paperfeed.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.PaperNotFoundException;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * The user's marks: stars, tags, read, not interested, and the mute rules. Each change is on disk when the method returns. A change to
 * several papers is one journal batch: every id is resolved first, and if any is unknown nothing changes.
 */
public final class MarkPapers {

    /** Longest tag kept, after normalisation: a tag is a label, and Lucene refuses terms over 32 KB. */
    static final int MAX_TAG_LENGTH = PaperState.MAX_TAG_LENGTH;

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

    /** Dismisses a paper ({@code x}): hidden from day and source views, kept in searches, Starred and tags. */
    public LibraryPaper notInterested(String id) throws PaperFeedException {
        return change(id, s -> s.withNotInterested(true));
    }

    public LibraryPaper interested(String id) throws PaperFeedException {
        return change(id, s -> s.withNotInterested(false));
    }

    public MarkedPapers starAll(Collection<String> ids) throws PaperFeedException {
        return changeAll(ids, s -> s.withStarred(true));
    }

    public MarkedPapers unstarAll(Collection<String> ids) throws PaperFeedException {
        return changeAll(ids, s -> s.withStarred(false));
    }

    /** "Mark all in this view read": one batch; {@link #undo} puts the previous marks back. */
    public MarkedPapers markAllRead(Collection<String> ids) throws PaperFeedException {
        return changeAll(ids, s -> s.withRead(true));
    }

    public MarkedPapers markAllUnread(Collection<String> ids) throws PaperFeedException {
        return changeAll(ids, s -> s.withRead(false));
    }

    public MarkedPapers tagAll(Collection<String> ids, Collection<String> tags) throws PaperFeedException {
        checkTags(tags);
        return changeAll(ids, s -> s.withTags(tags));
    }

    public MarkedPapers untagAll(Collection<String> ids, Collection<String> tags) throws PaperFeedException {
        if (tags.isEmpty() || tags.stream().anyMatch(String::isBlank)) {
            throw new PaperFeedException("a tag cannot be empty");
        }
        // not checkTags: a tag an older version let in must still be removable
        return changeAll(ids, s -> s.withoutTags(tags));
    }

    public MarkedPapers notInterested(Collection<String> ids) throws PaperFeedException {
        return changeAll(ids, s -> s.withNotInterested(true));
    }

    public MarkedPapers interested(Collection<String> ids) throws PaperFeedException {
        return changeAll(ids, s -> s.withNotInterested(false));
    }

    /** Puts back the marks a batch replaced, as one batch. */
    public MarkedPapers undo(MarkedPapers done) throws PaperFeedException {
        try {
            List<LibraryPaper> now = library.restoreStates(done.previous());
            announce(now);
            return new MarkedPapers(now, currentStates(done.papers()));
        } catch (IOException e) {
            throw new PaperFeedException("the change could not be saved: " + e.getMessage(), e);
        }
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

    private MarkedPapers changeAll(Collection<String> ids, UnaryOperator<PaperState> change)
            throws PaperFeedException {
        Map<String, String> asTyped = new LinkedHashMap<>();
        List<PaperId> paperIds = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            try {
                PaperId paperId = SearchPapers.toPaperId(id);
                paperIds.add(paperId);
                asTyped.putIfAbsent(paperId.value(), id);
            } catch (UnknownPaperException e) {
                unknown.add(String.valueOf(id));
            }
        }
        try {
            if (!unknown.isEmpty()) {
                throw new PaperNotFoundException(unknown);
            }
            PaperLibrary.StatesChanged changed = library.updateStates(paperIds, change);
            announce(changed.papers());
            return new MarkedPapers(changed.papers(), changed.previous());
        } catch (PaperNotFoundException e) {
            throw new UnknownPaperException(e.ids().stream().map(id -> asTyped.getOrDefault(id, id)).toList());
        } catch (IOException e) {
            throw new PaperFeedException("the change could not be saved: " + e.getMessage(), e);
        }
    }

    private static Map<PaperId, PaperState> currentStates(List<LibraryPaper> papers) {
        Map<PaperId, PaperState> states = new LinkedHashMap<>();
        papers.forEach(p -> states.put(p.id(), p.state()));
        return states;
    }

    private void announce(List<LibraryPaper> papers) {
        if (papers.size() == 1) {
            events.publish(new AppEvents.PaperChanged(papers.get(0)));
        } else if (!papers.isEmpty()) {
            events.publish(new AppEvents.PapersChanged(papers));
        }
    }
}
