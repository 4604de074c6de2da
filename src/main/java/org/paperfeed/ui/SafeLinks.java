package org.paperfeed.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

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
        if (url == null || url.isBlank() || url.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
