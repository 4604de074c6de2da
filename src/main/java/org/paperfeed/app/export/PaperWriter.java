package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.paperfeed.model.LibraryPaper;

/** Writes papers in one export format. */
public interface PaperWriter {

    void write(List<LibraryPaper> papers, Writer out) throws IOException;

    static PaperWriter of(ExportFormat format) {
        return switch (format) {
            case JSON -> (papers, out) -> PaperJson.write(papers.stream().map(PaperJson::of).toList(), out);
            case BIBTEX -> new BibtexWriter();
            case MARKDOWN -> new MarkdownWriter();
        };
    }
}
