package org.paperfeed.model;

/** One result of a search: the paper, how well it matched, and its abstract cut down to where it matched. */
public record SearchHit(LibraryPaper entry, float score, HighlightedText snippet) {
}
