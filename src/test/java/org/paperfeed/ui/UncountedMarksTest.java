package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.CountsAheadTest.READ;
import static org.paperfeed.ui.CountsAheadTest.UNREAD;
import static org.paperfeed.ui.CountsAheadTest.mark;

import org.junit.jupiter.api.Test;

/** A mark stays laid over the counts until a recount asked for after it lands, or until it is taken back. */
class UncountedMarksTest {

    @Test
    void aMarkStaysUntilARecountAskedForAfterThemLandsAndGoWhenTakenBack() {
        UncountedMarks marks = new UncountedMarks();
        int[] changes = {0};
        marks.onChange(() -> changes[0]++);
        Object first = new Object();
        Object second = new Object();

        marks.made(first, mark(UNREAD, READ));
        long askedBetween = marks.madeSoFar();
        marks.made(second, mark(UNREAD, UNREAD.withStarred(true)));
        marks.counted(askedBetween);

        assertThat(marks.marks()).containsExactly(mark(UNREAD, UNREAD.withStarred(true)));
        marks.takenBack(second);
        assertThat(marks.marks()).isEmpty();
        marks.takenBack(first); // counted already: nothing to take back
        assertThat(changes[0]).isEqualTo(3);
    }

}
