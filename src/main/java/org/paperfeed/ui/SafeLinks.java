package org.paperfeed.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.paperfeed.model.PaperLink;

/**
 * Which links the window may hand to the system browser: absolute http and https URLs with a host, nothing else.
 * Links come from feeds anyone can write; a {@code javascript:}, {@code file:} or custom-scheme link would let a
 * feed run something on the user's machine with one click.
 */
public final class SafeLinks {

    private SafeLinks() {
    }

    /** The URL in normalised form when it is safe to open. */
    public static Optional<String> check(String url) {
        // The policy itself is the model's, shared with the exports: PaperLink.isSafeToOpen.
        if (!PaperLink.isSafeToOpen(url)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(url).toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
