package org.paperfeed.app.foryou;

import java.util.List;
import java.util.Objects;
import org.paperfeed.model.LibraryPaper;

/**
 * A paper as For you ranks it.
 *
 * @param paper    the paper with the reader's marks
 * @param interest the interest that gave the best score: {@code starred} or {@code tag:NAME}
 * @param score    that interest's calibrated probability in [0, 1] (comparable across interests)
 * @param why      the paper's features that raised the score most, largest first (at most 10)
 */
public record Recommendation(LibraryPaper paper, String interest, double score, List<WhyTerm> why) {

    public Recommendation {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(interest, "interest");
        why = List.copyOf(why);
    }
}
