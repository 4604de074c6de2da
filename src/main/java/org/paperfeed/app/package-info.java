/**
 * The use cases the window and the command line share: import, search, mark, export, the user's sources
 * ({@link org.paperfeed.app.ManageSources}) and refreshing them ({@link org.paperfeed.app.RefreshSources}: the
 * pipeline drawn in {@code docs/architecture.md}, on the one executor it owns; each source's refresh, catch-up
 * included, is one {@code SourceRefresh}, which fetches through {@code ingest.fetch.FetchClient} and imports through
 * {@link org.paperfeed.app.ImportPapers}), the daily briefing ({@link org.paperfeed.app.BrowseDays}: days, weeks and
 * months and their counts (a week's and a month's distinct papers, counted by the library), day/week/month views, every
 * id of a view, and the snippets of rows a list highlights after its search; a search that finds nothing for its typos
 * offers the corrected one, {@code didYouMean} there and in {@link org.paperfeed.app.SearchPapers}, only when it finds
 * papers in the same view), mute rules ({@link org.paperfeed.app.ManageMuteRules}: a rule's preview before it is saved,
 * and what each saved rule hides), notes ({@link org.paperfeed.app.PaperNotes}), For you
 * ({@link org.paperfeed.app.ForYou}: ranking by the reader's interests, and, until one can rank, how to start and how
 * far the marks have come; its learning lives in {@code app.foryou}; it retrains and, once the window asks, scores its
 * view ahead on a background thread of its own after each change, pausing while the reader is asking for papers and
 * stopping at its next step when it closes: the searches and
 * views of {@link org.paperfeed.app.SearchPapers} and {@link org.paperfeed.app.BrowseDays} tell one
 * {@link org.paperfeed.app.UserActivity}, which the window's other background work started after its first rows, the
 * formula fonts' warm-up, also waits on) and saved searches
 * ({@link org.paperfeed.app.ManageSavedSearches}, which
 * carries an older version's searches out of {@code preferences.json} once). The JSON export of the whole library is
 * a backup ({@code export.LibraryJsonWriter}) that import restores, marks included. The sources'
 * files and values, and which past days a daily source is asked for ({@code CatchUp}), live in {@code app.sources}.
 *
 * <p>{@link org.paperfeed.app.AppServices} opens them on one {@link org.paperfeed.app.DataFolder}; there is no global.
 * The window opens it with {@code openReadingFirst} (the library read from its last commit, its index writer opened by
 * {@code finishOpeningInBackground} after the first rows or by the first change); the command line with {@code open},
 * or {@code openForReading} for a command that only reads (reading first too, its writer never opened unless it
 * changes something; a read-only view when another process holds the library; a folder that does not exist is
 * refused, not made a library: {@code requireFolder}, which the command line's marks call too).
 * Where the window is put together ({@code ui.PaperFeedApplication}) and where a command is run
 * ({@code cli.LibraryCommand}, {@code cli.UseCaseCommand}), each view model and command is handed only the use cases
 * it calls. Each use case turns what the layers below throw into a
 * {@link org.paperfeed.app.PaperFeedException} whose message is one sentence for the user (a source name not in the
 * list is answered with the names there are, {@link org.paperfeed.app.UnknownSourceException}), and publishes typed
 * {@link org.paperfeed.app.AppEvents} so a window can follow changes it did not make. Every method may block on
 * disk or network: callers on a UI thread must run them in the background.
 *
 * <p>Input that is not a regular file goes through {@link org.paperfeed.app.FileKind}: an import reads standard input
 * and FIFOs once ({@link org.paperfeed.app.DigestInput}) and refuses devices; an export writes FIFOs and character
 * devices through and replaces regular files whole ({@link org.paperfeed.app.ExportTarget}). Lists and exports page
 * through the library ({@link org.paperfeed.app.SearchPapers#forEach}) so memory does not grow with it.
 *
 * <p>{@link org.paperfeed.app.ImportedFiles} remembers which sources are files the user imported, with their format
 * and whole name, so the window and JSON's {@code sourceName} show "RSS (imported feed.xml)" while {@code source}
 * stays the short name ({@link org.paperfeed.app.ImportPapers#sourceName}); {@link org.paperfeed.app.SourceNames}
 * chooses the name a source goes by for the window and the command line alike ("HF daily", the sample's with its day,
 * a file's, and a row's short "imported feed.xml"). {@code ImportedFiles} is also what tells a library emptied by a
 * lost index from an empty one: an imported arXiv snapshot is never kept, so no rebuild brings its papers back, and
 * {@link org.paperfeed.app.ImportsMissing} names it at every open until it is imported again. An open that rebuilds a
 * damaged or missing index ({@code IndexRebuild}) tells an {@link org.paperfeed.app.OpeningProgress} why as it starts
 * and each kept digest as it is read back: a rebuild of a large library takes minutes.
 *
 * <p>{@link org.paperfeed.app.RemoveSample} takes the bundled sample away for good: its unmarked sample-only papers,
 * its kept digest, and (in {@code sample.json}) the first-run import.
 *
 * <p>{@link org.paperfeed.app.WindowHandoff} keeps one window per library: the window holding it listens on a
 * loopback port written beside the library's lock, and a second window start asks it to come forward.
 *
 * <p>Must not import JavaFX, picocli, OkHttp (only {@code ingest.fetch} talks HTTP), or print to the console.
 */
package org.paperfeed.app;
