/**
 * Where digests come from: the {@link org.paperfeed.ingest.source.Source} record, the built-in
 * {@link org.paperfeed.ingest.source.DefaultSources}, and {@link org.paperfeed.ingest.source.DailyPapersQuery},
 * which turns a daily papers URL (Hugging Face's, or any server's in that format) into the URL for one day, week or
 * month, and tells a trending list from a daily one.
 *
 * <p>Pure values and URL arithmetic: no network, no storage. Saving the user's sources belongs to {@code app};
 * fetching them to {@code org.paperfeed.ingest.fetch}. Must not import JavaFX, Lucene, or anything from
 * {@code app}, {@code ui} or {@code cli}.
 */
package org.paperfeed.ingest.source;
