/**
 * Papers written out for other tools: JSON (the same objects as the CLI's {@code --json}), BibTeX and Markdown.
 * The entry point is {@link org.paperfeed.app.export.PaperWriter#of}; {@link org.paperfeed.app.export.PaperJson}
 * is the published JSON shape.
 */
package org.paperfeed.app.export;
