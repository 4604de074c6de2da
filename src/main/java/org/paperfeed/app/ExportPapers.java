package org.paperfeed.app;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.app.export.PaperWriter;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;

/** Writes a selection of the library out for other tools. */
public final class ExportPapers {

    private final SearchPapers search;

    ExportPapers(SearchPapers search) {
        this.search = search;
    }

    /** Writes every paper matching {@code filter}, newest first; returns how many. */
    public int export(ExportFormat format, PaperFilter filter, Writer out) throws PaperFeedException {
        List<LibraryPaper> papers = search.list(filter, Math.max(1, search.size()));
        try {
            PaperWriter.of(format).write(papers, out);
        } catch (IOException e) {
            throw new PaperFeedException("the export could not be written: " + e.getMessage(), e);
        }
        return papers.size();
    }
}
