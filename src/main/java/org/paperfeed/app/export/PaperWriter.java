package org.paperfeed.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.paperfeed.model.LibraryPaper;

/**
 * Writes papers in one export format, one paper at a time, so an export of a million papers needs the memory of one:
 * {@link #begin}, then {@link #write} for each paper, then {@link #end}. An instance is for one export (BibTeX keys
 * must be unique within a file); {@link ExportFormat#newWriter} makes a new one. Every text a writer prints goes through
 * {@link org.paperfeed.model.PrintableText}, so a library imported before ingest cleaned text exports safely too.
 */
public interface PaperWriter {

    void begin(Writer out) throws IOException;

    void write(LibraryPaper paper, Writer out) throws IOException;

    /** Ends the export and flushes {@code out}; never closes it (it may be the console). */
    void end(Writer out) throws IOException;

    /** All of {@code papers}, from {@link #begin} to {@link #end}. */
    default void writeAll(List<LibraryPaper> papers, Writer out) throws IOException {
        begin(out);
        for (LibraryPaper paper : papers) {
            write(paper, out);
        }
        end(out);
    }
}
