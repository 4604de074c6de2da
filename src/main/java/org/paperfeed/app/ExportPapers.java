package org.paperfeed.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.app.export.PaperWriter;
import org.paperfeed.library.DurableFiles;
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

    /** Writes the export to {@code file} all at once: the old file stays whole until the new one is on disk. */
    public int exportTo(ExportFormat format, PaperFilter filter, Path file) throws PaperFeedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int count = export(format, filter, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        try {
            DurableFiles.write(file.toAbsolutePath(), bytes.toByteArray());
        } catch (IOException e) {
            throw new PaperFeedException(file + ": cannot be written: " + e.getMessage(), e);
        }
        return count;
    }
}
