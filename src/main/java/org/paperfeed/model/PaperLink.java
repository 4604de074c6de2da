package org.paperfeed.model;

import java.util.Objects;

/** A link a source gave for a paper. Kept as text: the UI decides whether it may be opened. */
public record PaperLink(LinkType type, String url) {

    public PaperLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
    }
}
