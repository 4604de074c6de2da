package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperState;

/**
 * The marks one view's counts have not counted yet, which they show laid over what they counted: each mark shown
 * ahead of its save ({@link MarksAhead}) from the moment it is shown until a recount asked for after it lands. Kept
 * once saved, until then: its save's own recount is asked for, and lands, after the save has ended, and dropped
 * at the save's end the count had gone back to the old number meanwhile. Dropped at once when the mark is taken back
 * (its save failed), which puts the counts back with it.
 *
 * <p>Exact only when the recounts run in the marks' saving order ({@link MarksAhead#recounts}): a recount asked for
 * after a mark then runs after its save, and one asked for before runs before it, so each recount holds exactly the
 * marks made before it was asked for. Run beside the saves, a recount reading while a mark was committed would have
 * held that mark with the mark still laid over it: counted twice until the next recount.
 */
final class UncountedMarks {

    /**
     * One mark: the paper's state before it, as its maker showed it (the marks before it included, so {@code s s}
     * counts +1 then -1, and a star on a starred paper nothing), and after it.
     *
     * @param muted whether a mute rule hides the paper (as its row said): hidden papers are not in the day's counts
     */
    record Mark(Paper paper, PaperState before, PaperState after, boolean muted) {
    }

    /** A mark with its number, in the order made, and what it was made with: told apart by identity. */
    private record Numbered(long number, Object made, Mark mark) {
    }

    private final List<Numbered> marks = new ArrayList<>();
    private long made;
    private Runnable changed = () -> { };

    /** {@code whenChanged} runs when a mark is added or taken back: the counts are shown again. */
    void onChange(Runnable whenChanged) {
        changed = whenChanged;
    }

    /** A mark shown ahead of its save; {@code made} names it for {@link #takenBack}. */
    void made(Object made, Mark mark) {
        marks.add(new Numbered(++this.made, made, mark));
        changed.run();
    }

    /** The mark named {@code made} was taken back: its save failed, and no recount will hold it. */
    void takenBack(Object made) {
        if (marks.removeIf(m -> m.made() == made)) {
            changed.run();
        }
    }

    /** What a recount asked for now will hold once it lands: every mark made so far (given to {@link #counted}). */
    long madeSoFar() {
        return made;
    }

    /** A recount asked for when {@link #madeSoFar} was {@code upTo} landed: it holds those marks. */
    void counted(long upTo) {
        marks.removeIf(m -> m.number() <= upTo);
    }

    /** The marks the counts shown have not counted, oldest first. */
    List<Mark> marks() {
        return marks.stream().map(Numbered::mark).toList();
    }
}
