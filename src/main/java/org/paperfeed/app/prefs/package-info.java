/**
 * The window's remembered settings (and, read once for carrying into the marks journal, the saved searches older
 * versions kept here), as small typed records stored as JSON in the
 * data folder through one repository, {@link org.paperfeed.app.prefs.JsonStore}: {@code preferences.json} (including
 * {@code catchUpDays}, how many missed days a refresh fetches), {@code for-you.json}
 * ({@link org.paperfeed.app.prefs.ForYouSettings}: interests switched off, negatives forgotten by a reset), and, for
 * the window and the app, {@code view-sorts.json} and {@code view-foryou.json} (the order chosen per view, and which
 * views are ranked For you), {@code imports/imported-files.json} (which files were imported) and {@code sample.json}
 * (whether the sample was removed).
 * An unreadable file is set aside as {@code NAME.damaged-<time>}, reported (a warning, or by a caller that shows the
 * problem itself: {@code JsonStore.reportedByCaller}, as the app does for {@code imported-files.json},
 * {@code preferences.json} and {@code for-you.json}, which the command line prints as one line each), and never
 * overwritten. A missing file is told from an unreadable one ({@code JsonStore.neverSaved}): the window's first
 * start opens on the latest day only when its preferences were never saved, not over choices it could not read.
 *
 * <p>It depends only on the model and on {@code support} ({@code DurableFiles} for crash-safe writes, {@code Json});
 * it must not import {@code org.paperfeed.app} itself (the window reaches both, and a cycle between them would grow),
 * nor JavaFX.
 */
package org.paperfeed.app.prefs;
