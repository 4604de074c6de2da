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
    ATOM,
    /**
     * The arXiv metadata snapshot (Kaggle's {@code arxiv-metadata-oai-snapshot.json}): JSON lines, one paper per line,
     * plain or gzip-compressed. Files of it run to gigabytes, so the app streams them through
     * {@link ArxivSnapshotReader} instead of reading them whole.
     */
    ARXIV_SNAPSHOT
}
