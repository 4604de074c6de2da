package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * The web addresses written in an abstract ("Code: https://github.com/x/y.", "see www.example.org"), found by
 * autolink, which leaves out the sentence's closing punctuation and unbalanced brackets as a reader would. Only what
 * {@link SafeLinks} lets the window open: an address written as {@code javascript:} or {@code file:} stays text.
 */
final class TextLinks {

    /** Characters {@code start} to {@code end} of the text are an address; {@code url} is what a click opens. */
    record Link(int start, int end, String url) {
    }

    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

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
        return links;
    }
}
