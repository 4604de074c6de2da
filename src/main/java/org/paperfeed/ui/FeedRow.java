package org.paperfeed.ui;

import java.util.Objects;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperSnippet;

/**
 * One line of the list: the paper and, when a search is active, its title and snippet with the matches marked.
 * Immutable; a change to the paper's marks replaces the row, which is what makes the ListView redraw it.
 *
 * @param snippet the abstract cut down to where the search matched (its opening in a view without one); empty until
 *                the row is highlighted: a new list highlights about a screenful, the others as they are shown
 * @param hidden  day and source views leave this paper out (not interested, or muted): a search shows it with a badge
 * @param match   the interest the paper matched best, when the list is ranked For you; null otherwise
 */
public record FeedRow(LibraryPaper entry, HighlightedText title, HighlightedText snippet, boolean hidden,
                      ForYouMatch match) {

    public FeedRow(LibraryPaper entry, HighlightedText title, HighlightedText snippet, boolean hidden) {
        this(entry, title, snippet, hidden, null);
    }

    public FeedRow(LibraryPaper entry, HighlightedText title, HighlightedText snippet) {
        this(entry, title, snippet, false);
    }

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
        return new FeedRow(changed, title, snippet, hidden, match);
    }

    public FeedRow withHidden(boolean value) {
        return new FeedRow(entry, title, snippet, value, match);
    }

    /** The row with the title and snippet its search marked ({@link FeedViewModel#rowShown}). */
    public FeedRow withHighlights(PaperSnippet highlighted) {
        return new FeedRow(entry, highlighted.title(), highlighted.snippet(), hidden, match);
    }

    public FeedRow withMatch(ForYouMatch value) {
        return new FeedRow(entry, title, snippet, hidden, value);
    }
}
