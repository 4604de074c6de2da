package org.paperfeed.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.paperfeed.library.PaperDocuments.StoredPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.TitleKey;

/** Decides when two papers are the same paper: the same arXiv id, else the same normalised title. */
final class PaperMatcher {

    private PaperMatcher() {
    }

    /** The key under which a batch collapses duplicates of one paper. */
    static String key(Paper paper) {
        return paper.id().isArxiv() ? "id:" + paper.id().value() : "title:" + TitleKey.of(paper.title());
    }

    /**
     * @param titleOnlyPapers whether the library may hold papers known only by title; when it holds none, an arXiv
     *                        paper can only match by id, which spares a bulk import one lookup per paper
     */
    static Optional<StoredPaper> findExisting(PaperIndex index, IndexSearcher searcher, Paper paper,
                                              boolean titleOnlyPapers) throws IOException {
        Optional<StoredPaper> byId = index.find(searcher, PaperFields.ID, paper.id().value());
        if (byId.isPresent() || (paper.id().isArxiv() && !titleOnlyPapers)) {
            return byId;
        }
        // Two different arXiv ids are two papers, however alike their titles ("Introduction", "Erratum").
        return index.find(searcher, PaperFields.TITLE_KEY, TitleKey.of(paper.title()))
                .filter(found -> !(found.paper().id().isArxiv() && paper.id().isArxiv()));
    }

    static Optional<StoredPaper> findQuietly(PaperIndex index, IndexSearcher searcher, String field, String value) {
        try {
            return index.find(searcher, field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
