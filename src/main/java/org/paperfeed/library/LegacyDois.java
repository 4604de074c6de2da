package org.paperfeed.library;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paperfeed.model.Doi;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperLink;

/**
 * The DOI of a paper stored before papers had one (index schema 3 and older): the parsers already kept a journal
 * feed's DOI ({@code prism:doi}, {@code dc:identifier}) and the arXiv API's as a doi.org link, so it is read back from
 * the links, when they name exactly one DOI (two different ones say nothing certain). Used by {@link SchemaMigration}.
 */
final class LegacyDois {

    private LegacyDois() {
    }

    /** The paper with the DOI its links name, if it had none; else as it is. */
    static Paper complete(Paper paper) {
        if (paper.doi() != null) {
            return paper;
        }
        return fromLinks(paper).map(paper::withDoi).orElse(paper);
    }

    static Optional<String> fromLinks(Paper paper) {
        Set<String> dois = paper.links().stream()
                .map(PaperLink::url)
                .map(Doi::inLink)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return dois.size() == 1 ? Optional.of(dois.iterator().next()) : Optional.empty();
    }
}
