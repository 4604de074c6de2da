package org.paperfeed.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier in the one spelling PaperFeed keeps: {@code 10.1038/s41586-024-07123-4}, without a
 * {@code doi:} or {@code https://doi.org/} prefix, in lower case (DOIs are case-insensitive, and journals write them
 * both ways). Anything else a source calls a DOI is refused, quietly: a feed's junk never becomes an id.
 */
public final class Doi {

    /** Long enough for any real DOI, short enough to stay far below an index term's limit. */
    static final int MAX_LENGTH = 300;
    private static final Pattern SHAPE = Pattern.compile("10\\.\\d{4,9}/[^\\s\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]+");
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:doi:\\s*|info:doi/)");
    private static final Pattern RESOLVER = Pattern.compile("(?i)^(?:https?://)?(?:dx\\.|www\\.)?doi\\.org/");
    /** The DOIs arXiv registers for its own papers: {@code 10.48550/arXiv.2403.01234}. */
    private static final Pattern ARXIV_DOI = Pattern.compile("10\\.48550/arxiv\\.(.+)");

    private Doi() {
    }

    /**
     * The DOI {@code text} is, in any spelling sources use: bare, {@code doi:10.…}, {@code info:doi/10.…}, or a
     * {@code doi.org} / {@code dx.doi.org} link (percent-escapes undone). Empty for anything that is not one.
     */
    public static Optional<String> parse(String text) {
        return asWritten(text).map(doi -> doi.toLowerCase(Locale.ROOT));
    }

    /** The DOI {@code text} is, as {@link #parse} reads it but in the case it was written (for a link to show). */
    public static Optional<String> asWritten(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String doi = text.strip();
        if (doi.length() > 2 * MAX_LENGTH) {
            return Optional.empty();
        }
        doi = PREFIX.matcher(doi).replaceFirst("");
        if (RESOLVER.matcher(doi).find()) {
            doi = unescaped(RESOLVER.matcher(doi).replaceFirst(""));
        }
        return doi.length() <= MAX_LENGTH && SHAPE.matcher(doi).matches() ? Optional.of(doi) : Optional.empty();
    }

    /** The DOI a {@code doi.org} (or {@code dx.doi.org}) link resolves; empty for any other link. */
    public static Optional<String> inLink(String url) {
        if (url == null || !RESOLVER.matcher(url.strip()).find() || !url.strip().regionMatches(true, 0, "http", 0, 4)) {
            return Optional.empty();
        }
        return parse(url);
    }

    /** The arXiv id of a DOI arXiv registered for one of its papers ({@code 10.48550/arxiv.2403.01234}). */
    public static Optional<PaperId> arxivIdOf(String doi) {
        java.util.regex.Matcher m = ARXIV_DOI.matcher(doi);
        return m.matches() ? PaperId.parseArxiv(m.group(1)) : Optional.empty();
    }

    /** A link's path with its percent-escapes undone ({@code 10.1002%2Fanie} is {@code 10.1002/anie}); as given if bad. */
    private static String unescaped(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(path.length());
        int i = 0;
        while (i < path.length()) {
            int escape = path.indexOf('%', i);
            int plainEnd = escape < 0 ? path.length() : escape;
            byte[] plain = path.substring(i, plainEnd).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            bytes.write(plain, 0, plain.length);
            if (escape < 0) {
                break;
            }
            int high = escape + 2 < path.length() ? Character.digit(path.charAt(escape + 1), 16) : -1;
            int low = escape + 2 < path.length() ? Character.digit(path.charAt(escape + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return path;
            }
            bytes.write(high * 16 + low);
            i = escape + 3;
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
