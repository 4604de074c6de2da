package org.paperfeed.app.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The checks an address typed for a new source must pass before anything else looks at it. OkHttp's URL parser is
 * forgiving on purpose (it reads {@code https:///feed} as the host {@code feed} and drops line breaks), which is right
 * for following links and wrong for an address the user will see in every refresh line.
 */
public final class SourceAddress {

    /** Longer than any feed address; browsers and servers commonly stop at about this. */
    public static final int MAX_LENGTH = 2_048;

    private SourceAddress() {
    }

    /** The address, stripped, or an exception saying in one sentence what is wrong with it. */
    public static String check(String url) throws SourceException {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new SourceException("a source needs an address (https://…)");
        }
        if (address.length() > MAX_LENGTH) {
            throw new SourceException("that address is " + address.length() + " characters long; at most "
                    + MAX_LENGTH);
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c == 0x7F || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new SourceException("an address cannot contain spaces, line breaks or control characters");
            }
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (!web && !scheme.isEmpty() && !uri.isOpaque()) {
                // ftp://, file://: an address, but not one a refresh can fetch
                throw new SourceException("only http and https feeds can be added, not " + scheme + ": " + address);
            }
            if (web && (uri.getHost() == null || uri.getHost().isEmpty())) {
                throw new SourceException("that address names no host (https://host/path): " + address);
            }
        } catch (URISyntaxException e) {
            // not a URI at all: said below, with the same words as for any other address that is not a web one
        }
        if (HttpUrl.parse(address) == null) {
            throw notAWebAddress(address);
        }
        return address;
    }

    /** The one sentence for an address that is not an http or https one: typed, or found in the sources file. */
    static SourceException notAWebAddress(String address) {
        return new SourceException("not a web address (http:// or https://): " + address);
    }
}
