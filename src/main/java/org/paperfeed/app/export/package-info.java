/**
 * Papers written out for other tools: JSON (the same objects as the CLI's {@code --json}), BibTeX and Markdown.
 * The entry point is {@link org.paperfeed.app.export.ExportFormat#newWriter}, whose {@link
 * org.paperfeed.app.export.PaperWriter} streams: {@code begin}, one {@code write}
 * per paper, {@code end}, never closing its target (it may be the console). {@link org.paperfeed.app.export.PaperJson}
 * is the published JSON shape.
 *
 * <p>Everything written is treated as hostile text from feeds: it goes through
 * {@link org.paperfeed.model.PrintableText} (JSON escapes instead, via {@code TerminalSafeEscapes}, so a backup keeps
 * the exact text); BibTeX values through {@code BibtexText}, so no title can close its entry, and an author whose name holds the
 * word "and" is braced, so BibTeX reads it as one name; Markdown is escaped so
 * text stays text. Depends on {@code model}, {@code support.Json} and Jackson only, never on the rest
 * of {@code app}.
 */
package org.paperfeed.app.export;
