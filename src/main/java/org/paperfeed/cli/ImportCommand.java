package org.paperfeed.cli;

import java.nio.file.Path;
import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Parse digest files and add their papers to the library.")
final class ImportCommand extends LibraryCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Digest files: text pages, HF JSON, arXiv Atom, RSS")
    List<Path> files;

    @Override
    int run(AppServices app) {
        int status = 0;
        for (Path file : files) {
            try {
                out().println(app.imports().importFile(file).summary());
            } catch (PaperFeedException e) {
                err().println("paperfeed: " + e.getMessage());
                status = PaperFeedCli.FAILED;
            }
        }
        return status;
    }
}
