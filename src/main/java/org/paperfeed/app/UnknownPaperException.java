package org.paperfeed.app;

/** An id the user gave that names no paper in their library. */
public class UnknownPaperException extends PaperFeedException {

    public UnknownPaperException(String id) {
        super("no paper with id '" + id + "' in the library (ids are arXiv ids like 2403.01234, or the t-… ids "
                + "that 'list' shows)");
    }
}
