package org.paperfeed.app;

/** A file that could not be imported; the library is as it was before. */
public class ImportFailedException extends PaperFeedException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
