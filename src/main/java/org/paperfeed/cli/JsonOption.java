package org.paperfeed.cli;

import picocli.CommandLine.Option;

/** {@code --json}, shared by every command that lists things. */
final class JsonOption {

    @Option(names = "--json", description = "Print a JSON array on stdout and nothing else")
    boolean json;
}
