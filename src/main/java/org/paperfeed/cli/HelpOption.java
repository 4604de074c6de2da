package org.paperfeed.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help}, shared by every command: prints the command's usage and exits 0. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit")
    boolean help;
}
