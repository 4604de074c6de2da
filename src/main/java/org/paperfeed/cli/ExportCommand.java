package org.paperfeed.cli;

import java.nio.file.Path;
import org.paperfeed.app.ExportPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.support.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write papers as JSON, BibTeX or Markdown.")
final class ExportCommand extends UseCaseCommand<ExportPapers> {

    ExportCommand() {
        super(UseCase.EXPORTS);
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            converter = ChoiceConverter.Format.class,
            description = "json, bibtex or markdown (default: ${DEFAULT-VALUE})")
    ExportFormat format;

    @Option(names = "--starred", description = "Only starred papers")
    boolean starred;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only papers with this tag")
    String tag;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout")
    Path output;

    @Override
    void checkUsage() {
        // A mistake in the command, as for list and recommend; the filter would fail on it unexplained.
        refuseEmpty(tag, "--tag cannot be empty");
        if (output != null && output.toString().isEmpty()) {
            // Path.of("") is the current folder, which failed as "paperfeed: : is a folder; name a file to export to".
            throw usage("--output needs a file; it was empty");
        }
    }

    @Override
    int run(ExportPapers exports) throws PaperFeedException {
        PaperFilter filter = new PaperFilter(starred, false, tag);
        if (output == null) {
            exports.export(format, filter, out());
            // Stdout is the backup: what it lacks is said on stderr, as the summary below says it.
            int leftOut = exports.markedPapersLeftOut(format, filter);
            if (leftOut > 0) {
                err().println("paperfeed: " + ExportPapers.markedPapersSkipped(leftOut)
                        + ": their marks are not in the backup");
            }
            return 0;
        }
        int count = exports.exportTo(format, filter, output);
        String summary = String.format("%s: %s as %s", PaperLines.oneLine(output.toString()), Plural.of(count, "paper"),
                format.lowerCase());
        int leftOut = exports.markedPapersLeftOut(format, filter);
        out().println(leftOut > 0 ? summary + ", " + ExportPapers.markedPapersSkipped(leftOut) : summary);
        return 0;
    }

    @Override
    boolean readsOnly() {
        return true;
    }
}
