package org.paperfeed.model;

import java.time.Instant;
import java.util.Objects;

/** A paper as the library holds it: what sources said, what the user did, and when it first arrived. */
public record LibraryPaper(Paper paper, PaperState state, Instant added) {

    public LibraryPaper {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(added, "added");
    }

    public PaperId id() {
        return paper.id();
    }
}
