/**
 * The user's sources and how their refreshes went, kept as two small JSON files in the data folder:
 * {@link org.paperfeed.app.sources.SourceRepository} owns {@code sources.json} (names unique ignoring case, URLs
 * checked by {@link org.paperfeed.app.sources.SourceAddress}, which the command line also asks before it opens the
 * library, so that an address no refresh could fetch is a mistake in the command; the defaults written on first
 * use) and {@link org.paperfeed.app.sources.SourceStatusStore} owns {@code source-status.json}. The values the
 * window and the command line read are here too: {@link org.paperfeed.app.sources.SourceInfo},
 * {@link org.paperfeed.app.sources.SourceStatus} (with the past days a daily source was fetched for,
 * {@link org.paperfeed.app.sources.FetchedDays}) and {@link org.paperfeed.app.sources.RefreshReport}.
 * {@link org.paperfeed.app.sources.CatchUp} decides which past days a refresh asks a daily source for: pure arithmetic
 * on a status and a day.
 *
 * <p>The use cases that call these, {@code ManageSources} and {@code RefreshSources}, live in {@code app}, which
 * depends on this package; so nothing here may import {@code org.paperfeed.app} itself (the cycle rule), nor
 * JavaFX, Lucene, {@code ui} or {@code cli}; of OkHttp only its URL parser, {@code HttpUrl}. Files are written
 * through {@code support.DurableFiles}, never in place, as {@code support.Json.PRETTY}.
 */
package org.paperfeed.app.sources;
