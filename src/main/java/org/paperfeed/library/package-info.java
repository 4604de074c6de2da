/**
 * The user's library: an embedded Lucene index of every paper ever seen, plus the user's own marks.
 *
 * <p>The entry class is {@link org.paperfeed.library.PaperLibrary}. It owns the one {@code IndexWriter} of the
 * process (through {@code PaperIndex}) and serialises every write; searches run concurrently on searchers that see
 * the last commit. Stars, tags, read and not-interested marks, notes, mute rules and saved searches live in
 * {@code UserStateStore}, an
 * fsynced append-only journal of typed lines ({@code JournalLines}; a change to many papers is one batch line; a
 * line it cannot apply, of an unknown type or with a number out of its field's range, is kept as written): it
 * is the truth, and the index only mirrors it so that {@code is:starred} and {@code tag:} (a tag named as a new tag is
 * written, {@code PaperQueryParser.tag}) can be searched and mute rules and saved searches recovered (a note is stored
 * whole in the index for that). The read mark is no term but the {@code read} doc value (schema 5), changed in place
 * ({@code PaperIndex.setRead}): marking a day's papers read, which happens all the time, indexes none of them again.
 * Each index commit records how far into the journal it got, so a crash between the two is repaired on the next
 * open, and the schema of its documents ({@code paperfeed.schema}): an older one is migrated on open from the index's
 * own stored fields ({@code SchemaMigration}, {@code LegacyListings}, {@code LegacyDois}). A paper re-keyed to a better
 * id (arXiv id over {@code doi:…} over {@code t-…}) keeps its marks through one journal {@code rename}, written after
 * the index commits the new ids (an import whose rename the disk then refuses stays saved; the move is finished before
 * the next change or on the next open; so does an import whose commit fails after writing its commit point, which the
 * last commit's generation, read before and after, tells apart from one that did not land), and its former ids still
 * find it through the {@code title_id} and {@code doi} fields every document carries ({@code PaperMatcher}, which also decides when two papers are one). A journal format or
 * index schema newer than this code opens read-only. {@link org.paperfeed.library.DigestArchive} keeps the raw
 * digests the index was built from (a record it cannot read costs that digest alone). The other way round, a journal
 * that lost entries the index reflects (emptied, deleted, cut short, or an entry lost or garbled in its middle, which
 * the entries' numbers, each one more than the last, give away; an entry with a value of the wrong JSON type, such as
 * {@code "read":7}, is garbled, never guessed at) is rebuilt on open from the marks the index holds (terms, the
 * {@code read} doc value, stored notes: {@code IndexedMarks}, {@code JournalRebuild}), the damaged file kept beside it.
 *
 * <p>Opening writes nothing a reader needs, so a library on a full disk still opens: an index the journal is ahead
 * of is caught up before the next change when it cannot be now, and a change the index refuses after its journal
 * line was written is cut from the journal again ({@code UserStateStore.undoLast}). A folder that cannot be written
 * at all (read-only media, no permission; {@code ReadOnlyFolder}) opens read-only with its own reason, each change
 * refused with {@link org.paperfeed.library.LibraryReadOnlyException}.
 *
 * <p>The window opens with {@link org.paperfeed.library.PaperLibrary#openReadingFirst}: the library's lock is taken at
 * once, but when nothing must be written before it can be read (no migration, no journal to rebuild or index to catch
 * up, no mark under a former id to move, an index that exists and holds papers) the first reads come from a read-only
 * reader of the last commit and the {@code IndexWriter} is opened later ({@code PaperIndex.openWriter}, on the same
 * commit): by {@code finishOpening}, which the window calls after its first rows, or by the first change, which waits
 * for it under the library's lock. Any library that needs a write on open takes {@code open}'s path unchanged.
 *
 * <p>Titles and abstracts are indexed once per field with surface forms and stems at the same positions, with
 * offsets in the postings, so the highlighter cuts snippets without analysing text again; a prefix (every word still
 * being typed is one) is searched as one set of documents per segment ({@code CONSTANT_SCORE_REWRITE}: a short prefix
 * stands for thousands of words) and, to highlight it, replaced by the words it stands for in the hits
 * ({@code PrefixExpansions}: read from the postings, or from the hits' own text when the prefix stands for many
 * words), as Lucene's highlighter would otherwise analyse every hit again, into an index of its own, to find them.
 * Since a prefix's matches tie, the relevance order (ties in the Date order) is gathered a segment at a time by score
 * alone ({@code RelevanceTopDocs}): each segment is already sorted newest first, and an older segment skips its ties.
 * A search highlights only its first hits
 * ({@code LibraryQuery.snippets}); a list asks for the others' snippets as it shows them
 * ({@code PaperLibrary.snippets}); the reading pane asks for one paper's whole abstract marked and for which of its
 * authors matched ({@code PaperLibrary.authorsMatched}: the author field keeps no offsets, so its few words are
 * analysed again). Titles and abstracts are analysed in their Unicode form ({@code LatexCharFilter}
 * over {@link org.paperfeed.model.latex.LatexText}: {@code Schr\"odinger} is the word {@code schrodinger}) with
 * offsets into the stored source, which stays as the source sent it. A search that found nothing may be offered its
 * correction ({@code SpellingSuggestion}, "did you mean": Lucene's {@code DirectSpellChecker} over the words as
 * written that the prose fields keep beside their stems, and the author names), checked to find papers. A word that
 * is an arXiv id or a DOI, and a pasted arXiv, Hugging Face or doi.org address, also finds that paper by its
 * {@code id} or {@code doi} term ({@code PaperQueryParser}), as well as the papers whose text names it.
 *
 * <p>Each paper's listings (one per source and day) are stored with it and derived into points, terms and doc values:
 * {@code DayCounter} counts the days from doc values, and in the same pass each ISO week's and month's distinct
 * papers ({@code SpanTally}) (or finds the latest day alone, for {@code --day latest}),
 * {@code ListingOrder} gives the trending and newest orders of a span of days, {@code HiddenPapers} is the query of
 * what not-interested marks and mute rules hide, and a {@link org.paperfeed.library.ViewScope} narrows a
 * {@link org.paperfeed.library.LibraryQuery} to days and a source ({@code ViewQueries} turns it into filters and an
 * order). {@code ViewCounts} remembers views' exact sizes (the sidebar's counts) per commit, so asking again before
 * the next mark or import costs no search.
 * Every order ends on the paper id, so rewriting a document for a mark never moves a row.
 *
 * <p>A large batch (an import's) is written by one thread per core (at most four) into the one writer
 * ({@code BatchWriters}), each thread writing its in-memory segment to disk as it finishes its share; the batch is
 * still committed, or rolled back, whole. A batch is sorted as the index is, with one time added for all of it, and its documents reach Lucene
 * in that order ({@code WriteTurns}: a paper is handed over once the previous paper's thread holds its in-memory
 * segment), so Lucene finds each segment sorted when it writes it and does not re-sort its postings. Lucene merges segments in the background after the commit that starts the merge, and the writer
 * commits nothing on close, so {@code PaperIndex.close} commits the merges finished since (the merges alone, never a
 * change the journal has not recorded) and a bulk import waits for its merges, merges the segments left below the
 * floor into one ({@code PaperIndex.finishBulkMerges}, the one merge PaperFeed forces) and commits them
 * ({@code PaperLibrary.keepMerges}): no later open searches unmerged segments or merges them again. Segments are
 * merged with Lucene's tiered policy, its floor raised from 2 to 64 MB ({@code PaperIndex.mergePolicy}) so that a
 * tail of small segments is merged away: a search pays per segment for each of its terms. A merge that fails (a full
 * disk) is logged in one line ({@code QuietMergeScheduler}) and loses nothing, but Lucene closes its writer after it;
 * the next change opens another on the last commit ({@code PaperIndex.reopenIfStopped}) and catches the index up from
 * the journal. While the app rebuilds the index from the kept digests, each commit records that it does
 * ({@code PaperLibrary.startRebuild}), so an index a rebuild left part-way is not taken for the library; the rebuild
 * first brings across the damaged index's intact segments ({@code IndexSalvage}: Lucene's CheckIndex on hard links to
 * its files, then {@code IndexWriter.addIndexes}, so no paper is analysed again), an imported snapshot's papers above
 * all, which no kept digest holds; their marks are then made the journal's.
 *
 * <p>For you's features (schema 3) are one more field, {@code shingle} ({@code FeatureAnalyzer}: stems without stop
 * words, pairs of neighbouring stems, author names), with term vectors; {@link org.paperfeed.library.PaperFeatures}
 * reads a paper's feature counts, document frequencies per segment (a segment's dictionary read straight through
 * when many of its terms are asked; deleted documents still count there, so it also gives the terms of a segment's
 * deleted documents, for For you to subtract) and a hash-seeded sample of papers on one searcher. Each large
 * segment's feature terms can also be kept as a {@link org.paperfeed.library.DocFreqTable}: a file per segment in
 * {@code docfreqs/} beside the index ({@code DocFreqTables}, named by the segment's name and Lucene id),
 * memory-mapped, a term's document frequency found by its {@link org.paperfeed.library.FeatureTermHash} in a few
 * reads instead of a dictionary walk.
 * A cache: built in the background by the writer only, checked (size, id, CRC-32C) before use, deleted and built
 * again when damaged, deleted when its segment is merged away; without it the dictionaries answer, with the same
 * counts.
 *
 * <p>Must not import JavaFX, OkHttp, the parsers in {@code ingest}, or anything of {@code app}, {@code ui} or
 * {@code cli}.
 */
package org.paperfeed.library;
