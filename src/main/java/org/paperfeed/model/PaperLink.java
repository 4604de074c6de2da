package org.paperfeed.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A link a source gave for a paper. Kept as text, whatever the source sent; before anything opens it in a browser or
 * writes it out as a clickable link, {@link #isSafeToOpen()} decides.
 */
public record PaperLink(LinkType type, String url) {

    private static final int MAX_LENGTH = 2000;

    public PaperLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
    }

    /** True when this link may be opened or written as a link: see {@link #isSafeToOpen(String)}. */
    public boolean isSafeToOpen() {
        return isSafeToOpen(url);
    }

    /**
     * The one policy for opening links from a digest: only an absolute {@code http} or {@code https} address with a
     * host. Never {@code javascript:}, {@code file:}, {@code data:} or any other scheme, a relative path, an address
     * with a user name before the host ({@code https://arxiv.org@elsewhere.example}), or one hiding whitespace or
     * control characters (browsers drop them, so {@code java\tscript:} would run).
     */
    public static boolean isSafeToOpen(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH
                || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || Character.isWhitespace(c))) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
