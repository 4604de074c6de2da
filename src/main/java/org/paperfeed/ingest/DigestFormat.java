package org.paperfeed.ingest;

/** The digest formats PaperFeed reads; each has exactly one {@link DigestParser}. */
public enum DigestFormat {
    /** A plain-text copy of a paper page or e-mail digest: titles each followed by an abstract paragraph. */
    TEXT_PAGE,
    /** Hugging Face daily papers API ({@code /api/daily_papers}). */
    HF_DAILY_JSON,
    /** arXiv API Atom ({@code /api/query}). */
    ARXIV_ATOM,
    /** RSS 2.0, arXiv's listing RSS among them. */
    RSS,
    /** Generic Atom 1.0. */
    ATOM
}
