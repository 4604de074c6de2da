package org.paperfeed.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.TitleKey;

/**
 * Decides when two papers are the same paper: the same id, else the same DOI, else the same normalised title unless
 * their arXiv ids or their DOIs say they differ. Also finds a paper by an id it had before the library re-keyed it
 * to a better one (arXiv id over DOI over title, {@link PaperId#outranks}).
 */
final class PaperMatcher {

    private PaperMatcher() {
    }

    /** The key under which a batch collapses duplicates of one paper. */
    static String key(Paper paper) {
        return paper.id().isTitleOnly() ? "title:" + TitleKey.of(paper.title()) : "id:" + paper.id().value();
    }

    /**
     * @param titleOnlyPapers whether the library may hold papers known only by title or DOI; when it holds none, an
     *                        arXiv paper can only match by id, which spares a bulk import one lookup per paper
     */
    static Optional<StoredPaper> findExisting(PaperIndex index, IndexSearcher searcher, Paper paper,
                                              boolean titleOnlyPapers) throws IOException {
        Optional<StoredPaper> byId = index.find(searcher, PaperFields.ID, paper.id().value());
        if (byId.isPresent() || (paper.id().isArxiv() && !titleOnlyPapers)) {
            return byId;
        }
        if (paper.doi() != null) {
            Optional<StoredPaper> byDoi = index.find(searcher, PaperFields.DOI, paper.doi())
                    .filter(found -> !differ(found.paper(), paper));
            if (byDoi.isPresent()) {
                return byDoi;
            }
        }
        // Two different arXiv ids (or DOIs) are two papers, however alike their titles ("Introduction", "Erratum").
        return index.find(searcher, PaperFields.TITLE_KEY, TitleKey.of(paper.title()))
                .filter(found -> !differ(found.paper(), paper));
    }

    /** Whether what the two papers are known by says they are different papers. */
    private static boolean differ(Paper one, Paper other) {
        boolean twoArxivIds = one.id().isArxiv() && other.id().isArxiv() && !one.id().equals(other.id());
        boolean twoDois = one.doi() != null && other.doi() != null && !Objects.equals(one.doi(), other.doi());
        return twoArxivIds || twoDois;
    }

    /**
     * The paper an id named before the paper was re-keyed: a title id ({@code t-…}) finds the paper of that title
     * whatever its id now, a DOI id finds the paper with that DOI (now known by its arXiv id).
     */
    static Optional<StoredPaper> findByFormerId(PaperIndex index, IndexSearcher searcher, PaperId id)
            throws IOException {
        if (id.isTitleOnly()) {
            return index.find(searcher, PaperFields.TITLE_ID, id.value());
        }
        if (id.isDoi()) {
            return index.find(searcher, PaperFields.DOI, id.doi().orElseThrow());
        }
        return Optional.empty();
    }

    static Optional<StoredPaper> findQuietly(PaperIndex index, IndexSearcher searcher, String field, String value) {
        try {
            return index.find(searcher, field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<StoredPaper> findByFormerIdQuietly(PaperIndex index, IndexSearcher searcher, PaperId id) {
        try {
            return findByFormerId(index, searcher, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
