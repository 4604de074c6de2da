package org.paperfeed.library;

/** An id that names no paper in the library. */
public class PaperNotFoundException extends Exception {

    public PaperNotFoundException(String id) {
        super("no paper with id '" + id + "' in the library");
    }
}
