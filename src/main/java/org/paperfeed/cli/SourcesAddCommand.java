package org.paperfeed.cli;

import org.paperfeed.app.ManageSources;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.sources.SourceAddress;
import org.paperfeed.app.sources.SourceException;
import org.paperfeed.app.sources.SourceFormats;
import org.paperfeed.app.sources.SourceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = "Add a feed or digest URL to refresh (plain http is allowed, at your own risk).")
final class SourcesAddCommand extends UseCaseCommand<ManageSources> {

    SourcesAddCommand() {
        super(UseCase.SOURCES);
    }

    @Parameters(paramLabel = "URL", description = "An http or https address: RSS, Atom, arXiv API, HF daily JSON, text")
    String url;

    @Option(names = "--name", paramLabel = "NAME", description = "What to call it (default: its host and path)")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, hf-daily-json, rss, atom, arxiv-atom, text-page, arxiv-snapshot or paperfeed-json "
                    + "(default: ${DEFAULT-VALUE})")
    String format;

    @Override
    void checkUsage() {
        try {
            // An address no refresh could fetch (ftp://, no host, a line break) is a mistake in the command too.
            SourceAddress.check(url);
        } catch (SourceException e) {
            throw usage(e.getMessage());
        }
        // Left out, the name is the address's host and path; given empty, it was taken for left out without a word.
        refuseEmpty(name, "--name cannot be empty; leave it out to name the source after its address");
        try {
            SourceFormats.parse(format);
        } catch (SourceException e) {
            // A mistake in the command line, as a bad --format elsewhere: exit 2, not 1.
            throw usage("--format: " + e.getMessage());
        }
    }

    @Override
    int run(ManageSources sources) throws PaperFeedException {
        SourceInfo added = sources.add(url, name, format);
        out().printf("added %s: %s (%s)%n", PaperLines.oneLine(added.name()), added.url(), added.format());
        return 0;
    }
}
