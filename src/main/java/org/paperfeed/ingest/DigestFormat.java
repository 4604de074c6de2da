package org.paperfeed.ingest;

/** The digest formats PaperFeed reads; each has exactly one {@link DigestParser}. */
public enum DigestFormat {
    /** A plain-text copy of a paper page or e-mail digest: titles each followed by an abstract paragraph. */
    TEXT_PAGE("Text page"),
    /** Hugging Face daily papers API ({@code /api/daily_papers}). */
    HF_DAILY_JSON("Hugging Face JSON"),
    /** arXiv API Atom ({@code /api/query}). */
    ARXIV_ATOM("arXiv Atom"),
    /** RSS 2.0, arXiv's listing RSS among them. */
    RSS("RSS"),
    /** Generic Atom 1.0. */
    ATOM("Atom"),
    /**
     * The arXiv metadata snapshot (Kaggle's {@code arxiv-metadata-oai-snapshot.json}): JSON lines, one paper per line,
     * plain or gzip-compressed. Files of it run to gigabytes, so the app streams them through
     * {@link ArxivSnapshotReader} instead of reading them whole.
     */
    ARXIV_SNAPSHOT("arXiv JSON"),
    /**
     * PaperFeed's own JSON export read back: the array of papers {@code export --format json} writes, or the whole
     * library's form (papers, mute rules, saved searches) that is a backup. Its marks come back with it.
     */
    PAPERFEED_JSON("PaperFeed JSON");

    private final String label;

    DigestFormat(String label) {
        this.label = label;
    }

    /** The format's name for people: "RSS", "arXiv JSON" (a paper from an imported file says which it was). */
    public String label() {
        return label;
    }
}
