package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * The web addresses written in an abstract ("Code: https://github.com/x/y.", "see www.example.org"), found by
 * autolink, which leaves out the sentence's closing punctuation and unbalanced brackets as a reader would. Only what
 * {@link SafeLinks} lets the window open: an address written as {@code javascript:} or {@code file:} stays text.
 * <p>
 * Also an address written with neither scheme nor {@code www.}, as abstracts give code and project pages
 * ("github.com/x/y", "Project page: dante-wild.github.io."; 223 in the 144,468 real arXiv abstracts), when it has a
 * path or is a {@code github.io} page. A bare name ("JD.com", "schema.org") stays text: it names a company or a
 * standard more often than it points the reader somewhere.
 */
final class TextLinks {

    /** Characters {@code start} to {@code end} of the text are an address; {@code url} is what a click opens. */
    record Link(int start, int end, String url) {
    }

    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    /**
     * A host name standing alone (not after {@code @}, {@code /}, {@code :} or a dot), then its path if any. Where it
     * ends is autolink's to say, once given a scheme (trailing punctuation, brackets).
     */
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\w.@/:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
                    + "(?:com|org|io|net|ai|dev|edu|co|gov|app|page|site)(?=[/\\s.,;:!?)\\]}]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final String SCHEME = "https://";

    private TextLinks() {
    }

    /** The addresses in {@code text}, in order, none overlapping. */
    static List<Link> find(String text) {
        List<Link> links = new ArrayList<>();
        for (LinkSpan span : EXTRACTOR.extractLinks(text)) {
            String written = text.substring(span.getBeginIndex(), span.getEndIndex());
            // "www.example.org" as written names no scheme: the browser is given the secure one.
            String url = span.getType() == LinkType.WWW ? "https://" + written : written;
            Optional<String> safe = SafeLinks.check(url);
            safe.ifPresent(s -> links.add(new Link(span.getBeginIndex(), span.getEndIndex(), s)));
        }
        addBare(text, links);
        return links;
    }

    /** Adds the bare addresses (no scheme, no www.) that no link found already covers, keeping the order. */
    private static void addBare(String text, List<Link> links) {
        Matcher host = BARE.matcher(text);
        List<Link> bare = new ArrayList<>();
        while (host.find()) {
            int start = host.start();
            if (links.stream().anyMatch(l -> l.start() <= start && start < l.end())) {
                continue;
            }
            int upTo = start;
            while (upTo < text.length() && !Character.isWhitespace(text.charAt(upTo))) {
                upTo++;
            }
            String candidate = text.substring(start, upTo);
            boolean page = host.group().toLowerCase(java.util.Locale.ROOT).endsWith(".github.io");
            for (LinkSpan span : EXTRACTOR.extractLinks(SCHEME + candidate)) {
                if (span.getBeginIndex() != 0 || span.getType() != LinkType.URL) {
                    continue;
                }
                String written = candidate.substring(0, span.getEndIndex() - SCHEME.length());
                boolean hasPath = written.length() > host.group().length() + 1;
                if (hasPath || page) {
                    SafeLinks.check(SCHEME + written).ifPresent(url -> bare.add(
                            new Link(start, start + written.length(), url)));
                }
                break;
            }
        }
        if (!bare.isEmpty()) {
            links.addAll(bare);
            links.sort(java.util.Comparator.comparingInt(Link::start));
        }
    }
}
