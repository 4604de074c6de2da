package org.paperfeed.ingest;

/** A digest that cannot be read. The message names where it came from and what is wrong, in words a user follows. */
public class DigestParseException extends Exception {

    private final String origin;
    private final String reason;

    public DigestParseException(String origin, String reason) {
        this(origin, reason, null);
    }

    public DigestParseException(String origin, String reason, Throwable cause) {
        super(origin + ": " + reason, cause);
        this.origin = origin;
        this.reason = reason;
    }

    public String origin() {
        return origin;
    }

    public String reason() {
        return reason;
    }
}
