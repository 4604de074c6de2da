/**
 * Reading paper digests: the bytes of a file or a download in, {@link org.paperfeed.model.Paper}s out.
 *
 * <p>{@link org.paperfeed.ingest.DigestReader} is the entry class and the only one other layers need:
 * {@code DigestReader.standard().read(bytes, contentType, context)} detects the format
 * ({@link org.paperfeed.ingest.DigestFormatDetector}) and hands the bytes to the one {@link
 * org.paperfeed.ingest.DigestParser} for it: a pasted text page, Hugging Face daily papers JSON, the arXiv API's
 * Atom, RSS, generic Atom, the arXiv metadata snapshot's JSON lines, or PaperFeed's own JSON export read back
 * ({@code PaperFeedJsonParser}: the array, or the whole library's backup form, whose marks come back as
 * {@link org.paperfeed.ingest.Digest#marks()}, a paper's two entries merged with none of their marks lost and the
 * marks on an entry skipped counted as not restored, one that {@code PaperLimits.isPaper} refuses included; a backup is
 * told from other JSON by its first element's keys, read as a stream however long its values). Snapshot files run to
 * gigabytes, so they are also readable as a stream, one line at a time and resumable at an offset, through {@link
 * org.paperfeed.ingest.ArxivSnapshotReader}; there a line that is not a paper is counted and skipped, not fatal. Every
 * failure is a {@link org.paperfeed.ingest.DigestParseException} whose message starts with the origin and reads as a
 * sentence a user can act on; a parser returns all papers or none, never a partial list.
 * An entry that is no paper (an RSS item, Atom entry or Hugging Face daily entry without a title, a text page's
 * abstract with no title above it, a snapshot line that is not a record) is left out and counted in
 * {@link org.paperfeed.ingest.Digest#skipped()}, which an import's summary reports; it is logged below the level the
 * product shows, since the command line's stderr is for the one line a failure prints.
 *
 * <p>Every parser lists each paper it reads: one {@link org.paperfeed.model.Listing} for the digest's source, ranked
 * 1..n in the digest's order, on the day the digest lists it. Hugging Face daily JSON: the {@code ?date=} asked for
 * ({@link org.paperfeed.ingest.ParseContext#listingDay()}), else each entry's {@code submittedOnDailyAt} in UTC. arXiv
 * listing RSS: the item's {@code pubDate} as a date in the feed's own offset. arXiv API and every other RSS or Atom
 * feed: the day PaperFeed first fetched the item ({@link org.paperfeed.model.Listing#firstFetched}), its own date
 * staying in {@code published}. arXiv metadata snapshot: {@code update_date} (no rank: the file is sorted by id). A
 * text page: its first date line; a date without a year is the latest such day not after {@link
 * org.paperfeed.ingest.ParseContext#today()} (a file's modification day), and the {@link org.paperfeed.ingest.Digest}
 * says which year it assumed. Parsers also keep the arXiv version a source names and what Hugging Face adds (code
 * repository and stars, project page, AI summary and keywords, organization) as {@link
 * org.paperfeed.model.PaperExtras}, and the DOI a record names ({@code FeedDois}: {@code prism:doi},
 * {@code dc:identifier}, {@code arxiv:doi}, an item id or own link at doi.org; the snapshot's {@code doi}) as the
 * paper's DOI, which is its id ({@code doi:…}) when no arXiv id is known.
 *
 * <p>RSS and Atom are read namespace-aware ({@link org.paperfeed.ingest.XmlElement#own}): an item's core fields come
 * from its own namespace, extension modules ({@code dc:}, {@code content:}, {@code prism:}) only on purpose. Titles and
 * abstracts end as the plain text a reader sees ({@link org.paperfeed.ingest.CleanText}): HTML and inline XHTML keep
 * their words and drop scripts, styles and embedded frames; Atom {@code type="text"} stays literal. {@code
 * FeedEdgeCasesTest} holds this to feedparser's 248 RSS/Atom edge cases.
 *
 * <p>Input here is untrusted by definition, so the package owns the defences: at most {@link
 * org.paperfeed.ingest.DigestSize#MAX_BYTES} per digest, XML without DTDs or external entities (read as text with
 * U+FFFD for bytes that are not UTF-8 when it says, or defaults to, UTF-8, as text pages and JSON are), JSON with
 * bounded depth and value sizes ({@code support.Json.bounded}), HTML reduced to inert text, links limited to http(s),
 * and as the last step of every parse {@link org.paperfeed.ingest.PaperLimits}: printable text only, titles and
 * abstracts on one line, links, code repositories and project pages only http(s) (a backup's too), a record with a
 * title too long to be one skipped, an over-long keyword value dropped (a paper's source then the importing digest's),
 * so no value can exceed what the index holds. The network is
 * {@code ingest.fetch}'s alone (the one shared OkHttp client, its interceptors and {@code DigestFetcher}), and
 * {@code ingest.source} says where each source is; the parsers here never touch it, so they are testable from files
 * and bytes. The package must not import {@code javafx}, {@code org.apache.lucene}, OkHttp (outside
 * {@code ingest.fetch}), or the {@code library}, {@code app}, {@code ui} and {@code cli} layers; the parsers speak only
 * {@code org.paperfeed.model} (and {@code org.paperfeed.support} for JSON).
 */
package org.paperfeed.ingest;
