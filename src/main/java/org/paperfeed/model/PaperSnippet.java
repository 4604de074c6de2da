package org.paperfeed.model;

import java.util.Objects;

/**
 * A paper's title and snippet as a search marks them, asked for after the search itself: a list highlights the rows
 * it shows, not every row it loads ({@link SearchHit} carries the same two for the first hits of a search).
 *
 * @param snippet the abstract cut down to where it matched; its opening when nothing in it matched
 */
public record PaperSnippet(PaperId id, HighlightedText title, HighlightedText snippet) {

    public PaperSnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }
}
