/**
 * Reading paper digests: the bytes of a file or a download in, {@link org.paperfeed.model.Paper}s out.
 *
 * <p>{@link org.paperfeed.ingest.DigestReader} is the entry class and the only one other layers need:
 * {@code DigestReader.standard().read(bytes, contentType, context)} detects the format
 * ({@link org.paperfeed.ingest.DigestFormatDetector}) and hands the bytes to the one {@link
 * org.paperfeed.ingest.DigestParser} for it: a pasted text page, Hugging Face daily papers JSON, the arXiv API's
 * Atom, RSS, generic Atom, or the arXiv metadata snapshot's JSON lines. Snapshot files run to gigabytes, so they are
 * also readable as a stream, one line at a time and resumable at an offset, through {@link
 * org.paperfeed.ingest.ArxivSnapshotReader}; there a line that is not a paper is counted and skipped, not fatal. Every failure is a {@link org.paperfeed.ingest.DigestParseException} whose message starts
 * with the origin and reads as a sentence a user can act on; a parser returns all papers or none, never a partial list.
 *
 * <p>Input here is untrusted by definition, so the package owns the defences: XML without DTDs or external entities,
 * JSON with bounded depth and value sizes, HTML reduced to inert text, links limited to http(s), and as the last step
 * of every parse {@link org.paperfeed.ingest.PaperLimits}: printable text only, a record with a title too long to be
 * one skipped, an over-long keyword value dropped, so no value can exceed what the index holds. It never touches
 * the network (fetching is the app layer's concern, so parsers are testable from files) and must not import
 * {@code javafx}, {@code org.apache.lucene}, OkHttp, or the {@code library}, {@code app}, {@code ui} and {@code cli}
 * layers; it speaks only {@code org.paperfeed.model}.
 */
package org.paperfeed.ingest;
