/**
 * The use cases the window and the command line share: import, search, mark, export, the user's sources
 * ({@link org.paperfeed.app.ManageSources}) and refreshing them ({@link org.paperfeed.app.RefreshSources}, whose
 * shared HTTP client is built on the first fetch). The sources' files and values live in {@code app.sources}.
 *
 * <p>{@link org.paperfeed.app.AppServices} opens them on one {@link org.paperfeed.app.DataFolder} and is passed to
 * whoever needs it; there is no global. Each use case turns what the layers below throw into a
 * {@link org.paperfeed.app.PaperFeedException} whose message is one sentence for the user, and publishes typed
 * {@link org.paperfeed.app.AppEvents} so a window can follow changes it did not make. Every method may block on
 * disk or network: callers on a UI thread must run them in the background.
 *
 * <p>{@link org.paperfeed.app.WindowHandoff} keeps one window per library: the window holding it listens on a
 * loopback port written beside the library's lock, and a second window start asks it to come forward.
 *
 * <p>Must not import JavaFX, picocli, or print to the console.
 */
package org.paperfeed.app;
