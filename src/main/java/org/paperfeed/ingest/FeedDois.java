package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperfeed.model.Doi;

/**
 * The DOI a feed item or entry gives for its paper, in the order journals are most explicit about it: PRISM's
 * {@code prism:doi}, then a {@code dc:identifier} that is a DOI ({@code doi:10.…}, {@code info:doi/…}; an ISSN or
 * a URN is not), then arXiv's {@code arxiv:doi}; the caller then tries the item's own id and link. Every candidate
 * goes through {@link Doi#parse}, so junk is skipped, never an error.
 */
final class FeedDois {

    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String ARXIV_NS = "http://arxiv.org/schemas/atom";
    /** PRISM's basic vocabulary, in the versions journal feeds declare (2.0 is by far the most common). */
    static final List<String> PRISM_NS = List.of("http://prismstandard.org/namespaces/basic/2.0/",
            "http://prismstandard.org/namespaces/1.2/basic/", "http://prismstandard.org/namespaces/basic/3.0/");

    private FeedDois() {
    }

    /** The DOI the item's metadata elements name, if any, in the case it was written ({@link Doi#asWritten}). */
    static Optional<String> declared(XmlElement item) {
        List<XmlElement> candidates = new ArrayList<>();
        PRISM_NS.forEach(ns -> candidates.addAll(item.children(ns, "doi")));
        candidates.addAll(item.children(DC_NS, "identifier"));
        candidates.addAll(item.children(ARXIV_NS, "doi"));
        return candidates.stream()
                .map(e -> Doi.asWritten(e.text()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The DOI of an item id, guid or link: {@code doi:10.…}, {@code info:doi/10.…} or a doi.org address. */
    static Optional<String> ofId(String id) {
        String stripped = id.strip();
        return stripped.regionMatches(true, 0, "doi:", 0, 4) || stripped.regionMatches(true, 0, "info:doi/", 0, 9)
                || Doi.inLink(stripped).isPresent() ? Doi.asWritten(stripped) : Optional.empty();
    }
}
