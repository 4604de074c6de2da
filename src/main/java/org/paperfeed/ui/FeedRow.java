package org.paperfeed.ui;

import java.util.Objects;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;

/**
 * One line of the list: the paper and, when a search is active, its title and snippet with the matches marked.
 * Immutable; a change to the paper's marks replaces the row, which is what makes the ListView redraw it.
 *
 * @param snippet empty when no search is active or the hit is beyond the highlighted first screenful
 */
public record FeedRow(LibraryPaper entry, HighlightedText title, HighlightedText snippet) {

    public FeedRow {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }

    public static FeedRow of(LibraryPaper entry) {
        return new FeedRow(entry, HighlightedText.plain(entry.paper().title()), HighlightedText.plain(""));
    }

    public String id() {
        return entry.id().value();
    }

    public FeedRow withEntry(LibraryPaper changed) {
        return new FeedRow(changed, title, snippet);
    }
}
