package org.paperfeed.model;

/**
 * One result of a search: the paper, how well it matched, its title with matches marked, and its abstract cut
 * down to where it matched (the abstract's opening when only the title or authors matched).
 *
 * @param hidden the paper is hidden from day and source views (not interested, or muted by a rule and not kept):
 *               a search still finds it and shows it with a badge
 */
public record SearchHit(LibraryPaper entry, float score, HighlightedText title, HighlightedText snippet,
                        boolean hidden) {

    public SearchHit(LibraryPaper entry, float score, HighlightedText title, HighlightedText snippet) {
        this(entry, score, title, snippet, false);
    }

    /** The hit with the title and snippet its search marked, asked for after the search ({@link PaperSnippet}). */
    public SearchHit withHighlights(PaperSnippet highlighted) {
        return new SearchHit(entry, score, highlighted.title(), highlighted.snippet(), hidden);
    }
}
