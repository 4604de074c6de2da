package org.paperfeed.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.app.export.PaperWriter;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Plural;
import org.paperfeed.model.PaperFilter;

/** Writes a selection of the library out for other tools, one page of papers at a time. */
public final class ExportPapers {

    private final SearchPapers search;
    private final java.util.function.Supplier<PaperWriter> wholeLibraryJson;
    private final java.util.function.UnaryOperator<String> sourceNames;

    ExportPapers(SearchPapers search) {
        this(search, null);
    }

    /** @param wholeLibraryJson the writer of a JSON export of the whole library (a backup), or null for the array */
    ExportPapers(SearchPapers search, java.util.function.Supplier<PaperWriter> wholeLibraryJson) {
        this(search, wholeLibraryJson, java.util.function.UnaryOperator.identity());
    }

    /** @param sourceNames how a source is shown (JSON's {@code sourceName}), from its name */
    ExportPapers(SearchPapers search, java.util.function.Supplier<PaperWriter> wholeLibraryJson,
                 java.util.function.UnaryOperator<String> sourceNames) {
        this.search = search;
        this.wholeLibraryJson = wholeLibraryJson;
        this.sourceNames = sourceNames;
    }

    /**
     * Writes every paper matching {@code filter}, newest first; returns how many. Never closes {@code out}. JSON of the
     * whole library ({@link PaperFilter#NONE}) is a backup: the papers, the mute rules and the saved searches
     * ({@link org.paperfeed.app.export.LibraryJsonWriter}), which {@code import} restores.
     */
    public int export(ExportFormat format, PaperFilter filter, Writer out) throws PaperFeedException {
        return write(isBackup(format, filter) ? wholeLibraryJson.get() : format.newWriter(sourceNames), filter,
                Integer.MAX_VALUE, out);
    }

    private boolean isBackup(ExportFormat format, PaperFilter filter) {
        return format == ExportFormat.JSON && PaperFilter.NONE.equals(filter) && wholeLibraryJson != null;
    }

    /**
     * For an export that is a backup ({@link #export(ExportFormat, PaperFilter, Writer)} of the whole library as
     * JSON), how many papers the user marked are not in it because the library does not hold them (their digests no
     * longer kept): their stars, tags, notes, read and not-interested marks are left out of the backup. 0 for any
     * other export, which carries the marks of the papers it writes only.
     */
    public int markedPapersLeftOut(ExportFormat format, PaperFilter filter) throws PaperFeedException {
        return isBackup(format, filter) ? search.markedPapersNotHeld() : 0;
    }

    /** {@code 2 marked papers skipped (not in the library)}: what a backup's summary adds for them. */
    public static String markedPapersSkipped(int count) {
        return Plural.of(count, "marked paper") + " skipped (not in the library)";
    }

    /** The first {@code limit} papers matching {@code filter}, newest first, in the array form; returns how many. */
    public int export(ExportFormat format, PaperFilter filter, int limit, Writer out) throws PaperFeedException {
        return write(format.newWriter(sourceNames), filter, limit, out);
    }

    private int write(PaperWriter writer, PaperFilter filter, int limit, Writer out) throws PaperFeedException {
        try {
            writer.begin(out);
            int count = search.forEach(filter, limit, paper -> writer.write(paper, out));
            writer.end(out);
            return count;
        } catch (IOException e) {
            throw new PaperFeedException("the export could not be written: " + e.getMessage(), e);
        }
    }

    /** One paper in {@code format}, as the export writes it: what the window copies to the clipboard. */
    public String text(ExportFormat format, org.paperfeed.model.LibraryPaper paper) {
        PaperWriter writer = format.newWriter(sourceNames);
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            writer.begin(out);
            writer.write(paper, out);
            writer.end(out);
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the export to {@code file}. A regular file is replaced all at once (the old one stays whole until the new
     * one is on disk, and a failed export leaves no temporary file); a FIFO or a character device is written through;
     * a folder or a block device is refused.
     */
    public int exportTo(ExportFormat format, PaperFilter filter, Path file) throws PaperFeedException {
        Path target = file.toAbsolutePath();
        try {
            switch (ExportTarget.of(target)) {
                case FOLDER -> throw new PaperFeedException(file + ": is a folder; name a file to export to");
                case BLOCK_DEVICE -> throw new PaperFeedException(file + ": is a device, not a file; nothing was "
                        + "written to it");
                case STREAM -> {
                    try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        return exportTo(format, filter, stream);
                    }
                }
                default -> {
                    int[] count = new int[1];
                    DurableFiles.writeStreamed(target, stream -> count[0] = exportTo(format, filter, stream));
                    return count[0];
                }
            }
        } catch (IOException e) {
            throw new PaperFeedException(file + ": cannot be written: " + FileProblems.describe(e), e);
        }
    }

    private int exportTo(ExportFormat format, PaperFilter filter, OutputStream stream) throws PaperFeedException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        return export(format, filter, out); // every writer flushes at its end
    }
}
