package org.paperfeed.app;

/** An id the user gave that names no paper in their library. */
public class UnknownPaperException extends PaperFeedException {

    public UnknownPaperException(String id) {
        super("no paper with id '" + id + "' in the library" + HINT);
    }

    /** Every unknown id of a change to several papers: the change was not made for any of them. */
    public UnknownPaperException(java.util.List<String> ids) {
        super(ids.size() == 1 ? "no paper with id '" + ids.get(0) + "' in the library" + HINT
                : "no papers with ids " + String.join(", ", ids.stream().map(id -> "'" + id + "'").toList())
                        + " in the library; nothing was changed" + HINT);
    }

    private static final String HINT = " (ids are arXiv ids like 2403.01234, or the doi:… and t-… ids that 'list' shows)";
}
