/**
 * The command line: {@code paperfeed [--data-dir DIR] COMMAND}, one picocli class per subcommand, each a thin
 * {@code Callable} over the same {@code app} use cases as the window.
 *
 * <p>The entry class is {@link org.paperfeed.cli.PaperFeedCli}. This is the only package that writes to the
 * console: results on stdout ({@code --json} prints a JSON array and nothing else), failures as one line on stderr
 * with a non-zero exit status. Must not import Lucene, OkHttp or JavaFX.
 */
package org.paperfeed.cli;
