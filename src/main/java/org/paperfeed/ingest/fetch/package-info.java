/**
 * Downloading digests: the one place PaperFeed talks HTTP. The entry class is
 * {@link org.paperfeed.ingest.fetch.FetchClient}, which the application holds one of: it builds the single shared
 * OkHttp client with {@link org.paperfeed.ingest.fetch.HttpClientFactory} on the first fetch (not at start-up), and
 * its {@code fetch} (through {@link org.paperfeed.ingest.fetch.DigestFetcher}) returns a
 * {@link org.paperfeed.ingest.fetch.FetchOutcome}: the complete body, "not modified", or a failure in the user's
 * words. It also forgets a cached response that was never imported and cancels fetches in flight, interrupting a
 * thread only inside a fetch. The bytes then go to the parsers in {@code org.paperfeed.ingest}, which never touch
 * the network.
 *
 * <p>Each cross-cutting concern is one small OkHttp interceptor: User-Agent, redirects, the https policy, retries
 * with backoff (a timeout on every attempt says how many, {@code TimedOutOnEveryAttempt}), the body cap and arXiv's
 * request spacing. Sleeping and clocks go through
 * {@link org.paperfeed.ingest.fetch.TimeSource} so that tests check every pause without waiting for it. A fetched
 * body carries the server's {@code Date}, which dates a text page with no year; OkHttp's own warnings (a damaged
 * cache it rebuilds) reach the log as one line through {@code OkHttpWarnings}.
 *
 * <p>Everything here blocks and belongs on the refresh pool (a background thread). It must not import JavaFX, Lucene, or anything from
 * {@code app}, {@code ui} or {@code cli}. No other package may use OkHttp, except its URL parser {@code HttpUrl}
({@code ArchitectureTest}).
 */
package org.paperfeed.ingest.fetch;
