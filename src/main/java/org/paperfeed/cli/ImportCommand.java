package org.paperfeed.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.paperfeed.app.ImportPapers;
import org.paperfeed.app.ImportProgress;
import org.paperfeed.app.ImportReport;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Parse digest files and add their papers to the library.")
final class ImportCommand extends UseCaseCommand<ImportPapers> {

    ImportCommand() {
        super(UseCase.IMPORTS);
    }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Digest files: text pages, HF JSON, arXiv Atom, RSS, the arXiv metadata snapshot (.json or "
                    + ".json.gz); - reads standard input")
    List<Path> files;

    @Override
    void checkUsage() {
        if (files.stream().anyMatch(file -> file.toString().isEmpty())) {
            // An unset variable: Path.of("") is the current folder, which failed as "paperfeed: : is a folder".
            throw usage("FILE cannot be empty");
        }
        if (files.stream().filter(ImportPapers::isStandardInput).count() > 1) {
            // Read once to its end, standard input has nothing left for a second "-": that would fail on its own.
            throw usage("standard input (- or /dev/stdin) can be read only once per import");
        }
    }

    @Override
    int run(ImportPapers imports) {
        int status = 0;
        for (Path file : files) {
            try {
                ImportReport report = ImportPapers.isStandardInput(file) ? imports.importStandardInput(System.in)
                        : imports.importFile(file, progressLine());
                // The summary starts with the file's name, which may hold an escape sequence or a bidi override:
                // shown as every name the user gave is (CliErrors).
                out().println(PaperLines.oneLine(report.summary()));
            } catch (PaperFeedException e) {
                err().println("paperfeed: " + CliErrors.describe(e));
                status = ExitCodes.FAILED;
            }
        }
        return status;
    }

    /** A progress line rewritten in place on a terminal; nothing when output goes to a file or a pipe. */
    private Consumer<ImportProgress> progressLine() {
        if (System.console() == null) {
            return progress -> { };
        }
        return progress -> {
            long seconds = progress.remaining().toSeconds();
            err().printf("\r%,d papers  %.0f%%  %,.0f papers/s  about %d:%02d left   ", progress.papers(),
                    100 * progress.fraction(), progress.rate(), seconds / 60, seconds % 60);
            if (progress.fraction() >= 1) {
                err().println();
            }
            err().flush();
        };
    }
}
