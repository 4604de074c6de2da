package org.paperfeed.model;

/**
 * One result of a search: the paper, how well it matched, its title with matches marked, and its abstract cut
 * down to where it matched (the abstract's opening when only the title or authors matched).
 */
public record SearchHit(LibraryPaper entry, float score, HighlightedText title, HighlightedText snippet) {
}
