package org.paperfeed.app;

import java.io.IOException;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.PaperNotFoundException;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperState;

/**
 * The user's notes: one plain-text note per paper (at most {@value PaperState#MAX_NOTE_LENGTH} characters), a mark
 * like a star or a tag, so it is on disk when {@link #set} returns and survives a crash, an index rebuild and a damaged
 * journal. A note is checked before anything is written: a refused one changes nothing.
 */
public final class PaperNotes {

    private final PaperLibrary library;
    private final AppEvents events;

    PaperNotes(PaperLibrary library, AppEvents events) {
        this.library = library;
        this.events = events;
    }

    /** The paper's note; empty when it has none. */
    public String get(String id) throws PaperFeedException {
        try {
            return library.get(SearchPapers.toPaperId(id)).orElseThrow(() -> new UnknownPaperException(id))
                    .state().note();
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the paper's note with {@code text} (blank: removes it); durable when this returns. Unchanged text
     * writes nothing.
     *
     * @throws PaperFeedException the note is too long or holds control characters, the paper is unknown, or the
     *                            disk refused it; in every case nothing changed
     */
    public LibraryPaper set(String id, String text) throws PaperFeedException {
        String note;
        try {
            note = PaperState.checkedNote(text);
        } catch (IllegalArgumentException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
        try {
            LibraryPaper changed = library.setNote(SearchPapers.toPaperId(id), note);
            events.publish(new AppEvents.PaperChanged(changed));
            return changed;
        } catch (PaperNotFoundException e) {
            throw new UnknownPaperException(id);
        } catch (IOException e) {
            throw new PaperFeedException("the note could not be saved: " + e.getMessage(), e);
        }
    }

    /** Removes the paper's note. */
    public LibraryPaper clear(String id) throws PaperFeedException {
        return set(id, "");
    }
}
