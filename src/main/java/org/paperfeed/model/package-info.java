/**
 * The vocabulary every other layer speaks: immutable records for papers ({@link org.paperfeed.model.Paper},
 * {@link org.paperfeed.model.PaperId}), the user's marks on them ({@link org.paperfeed.model.PaperState}) and
 * search results ({@link org.paperfeed.model.SearchHit}; {@link org.paperfeed.model.PaperSnippet} for a row
 * highlighted after its search), and what a view of the feed asks for
 * ({@link org.paperfeed.model.ViewQuery}: a search, marks, a {@link org.paperfeed.model.DayRange} of a
 * {@link org.paperfeed.model.DayUnit}, a source, a {@link org.paperfeed.model.SortOrder}) and gets back per day
 * ({@link org.paperfeed.model.DayCount}), week and month ({@link org.paperfeed.model.SpanCount}; all three together
 * in {@link org.paperfeed.model.ListingCounts}).
 *
 * <p>{@link org.paperfeed.model.PaperState} is also the one home of a tag's forms: {@code checkedTag} for a new tag
 * (invisible characters dropped, checked), {@code namedTag} for a tag a user names to find or remove it (read as a
 * new tag is written, unchecked), {@code normaliseTag} for the lenient key replay keeps journaled tags in, and
 * {@code withVisibleTags} for the upgrade of tags an older version wrote with invisible characters. It is also the
 * one union of two states' marks ({@code unitedWith}: a backup restored onto a library, a paper twice in a backup) and
 * the one count of them ({@code markCount}).
 *
 * <p>{@link org.paperfeed.model.PrintableText} is the one policy for text a terminal must only show: ingest cleans
 * with it, and the command line and the exports print through it.
 *
 * <p>{@link org.paperfeed.model.PaperId} ranks a paper's ids (arXiv id over {@code doi:…} over the title-derived
 * {@code t-…}); {@link org.paperfeed.model.Doi} is the one spelling of a DOI every layer compares.
 *
 * <p>{@link org.paperfeed.model.IsoDay} is the one reading of a day a reader writes ({@code YYYY-MM-DD}, four-digit
 * years): the command line's {@code --day} and date options, and the query's date fields.
 *
 * <p>{@link org.paperfeed.model.Sha256} is the one SHA-256 helper: it names a title-only paper ({@code PaperId}), and
 * the layers above use it for kept digests, refreshed digests and import checkpoints.
 *
 * <p>It depends on nothing but the JDK: no Lucene, no HTTP, no JSON, no JavaFX, not even {@code support}. A paper (what sources say) and its
 * state (what the user did) are separate records because they have separate lifetimes: the first can always be
 * fetched again, the second never can.
 */
package org.paperfeed.model;
