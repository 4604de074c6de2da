/**
 * PaperFeed, a reader for research papers. This package holds only {@link org.paperfeed.Launcher}, the jar's entry
 * point, which chooses between the window ({@code ui}) and the command line ({@code cli}), and
 * {@link org.paperfeed.LogConfiguration}, Logback's set-up in code (found by Logback through a service file, so that
 * no XML is parsed at start; its pattern is parsed on the first warning, {@code LazyPatternEncoder}); nothing may
 * import them.
 * The layers below it, and the rules {@code ArchitectureTest} holds them to, are described in
 * {@code docs/architecture.md}: {@code support} at the bottom, then {@code model -> ingest | library -> app ->
 * ui | cli} (ingest and library side by side: only app uses them).
 */
package org.paperfeed;
