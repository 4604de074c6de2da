package org.paperfeed.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;

/**
 * The links every source gets for an arXiv paper, in one canonical spelling (https, no version), so that the same
 * paper read from two sources merges its links instead of listing near-duplicates.
 */
final class ArxivLinks {

    private ArxivLinks() {
    }

    static List<PaperLink> of(PaperId id) {
        List<PaperLink> links = new ArrayList<>();
        if (id.isArxiv()) {
            links.add(new PaperLink(LinkType.ABSTRACT, "https://arxiv.org/abs/" + id.value()));
            links.add(new PaperLink(LinkType.PDF, "https://arxiv.org/pdf/" + id.value()));
        }
        return links;
    }

    static PaperLink huggingFace(PaperId id) {
        return new PaperLink(LinkType.HUGGING_FACE, "https://huggingface.co/papers/" + id.value());
    }

    /** Whether {@code url} is one of the arXiv abstract or PDF pages {@link #of} already stands for. */
    static boolean isArxivPage(String url) {
        return PaperId.findArxivIn(url).isPresent() && url.toLowerCase(Locale.ROOT).contains("arxiv.org/");
    }

    /**
     * Only web links: a feed's {@code javascript:} or {@code file:} link must never reach a browser. The scheme is
     * given in lower case, as URLs are compared and shown: {@code HTTPS://} is the same address.
     */
    static Optional<String> webUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        if (trimmed.length() > 2000
                || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        for (String scheme : List.of("https://", "http://")) {
            if (trimmed.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return Optional.of(scheme + trimmed.substring(scheme.length()));
            }
        }
        return Optional.empty();
    }
}
