package org.paperfeed.cli;

import picocli.CommandLine.Option;

/**
 * {@code --help}, shared by every command: prints the command's usage and exits 0. No {@code -h}: in a query,
 * {@code -hallucination} is an excluded word, and picocli would read it as {@code -h} plus more.
 */
final class HelpOption {

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit")
    boolean help;
}
