/**
 * For you's values and learning: the reader's {@link org.paperfeed.app.foryou.Interest}s (starred; each tag with at
 * least three papers; an interest a user names, {@code tag:NAME}, is read as the tag is named, {@code Interest.named}), a {@link org.paperfeed.app.foryou.Recommendation} with its score and
 * {@link org.paperfeed.app.foryou.WhyTerm}s, the For you feed's best with how many it ranked
 * ({@link org.paperfeed.app.foryou.ForYouFeed}), and the {@link org.paperfeed.app.foryou.Recommender} that trains one
 * L2-regularised linear SVM per interest, calibrated by Platt scaling, with liblinear
 * ({@code de.bwaldvogel:liblinear}) over tf-idf features read from the index ({@code library.PaperFeatures}: stems,
 * stem pairs, author names; sublinear tf, document-frequency cut-offs). Negatives are the not-interested papers (counted several times) and a sample of the
 * rest of the library chosen by a hash of each id, so the same marks give the same model; the classes are balanced,
 * so the probabilities of different interests compare fairly. {@link org.paperfeed.app.foryou.LearningSettings} holds
 * every knob the benchmark measures, some only for its variants (a weight for stem pairs, a positive class weight,
 * logistic regression instead of the SVM, a second training pass with the
 * first model's highest-scoring unmarked papers of a further seeded sample as hard negatives, stems, pairs and authors
 * each normalised to unit length before weighting): the defaults are the ones
 * chosen on validation windows (docs/benchmark.md).
 *
 * <p>Cost: a paper's features are read in one pass per batch as the index's bytes ({@code PaperFeatures#visitTerms}),
 * hashed without building strings; the document frequencies are looked up sorted, once per distinct term, and kept
 * per index segment ({@link org.paperfeed.app.foryou.DocFreqCache}: the large segments' sums, at most 8 MB, and each
 * small segment's every term), so a star or a new paper, which commits the index, does not throw them away; they
 * count papers, not documents: the documents a mark or a newer version left behind until Lucene merges them away
 * are read once and subtracted, so the same marks give the same model whenever the index merges; a term
 * the cache lacks is looked up in the large segment's {@code library.DocFreqTable} (a memory-mapped file per segment
 * beside the index, built in the background once the window keeps scores ready:
 * {@link org.paperfeed.app.foryou.Recommender#buildDocFreqTables}) when it has one, else in its dictionary, so a
 * training from cold after a start does not walk the dictionaries; terms are
 * held by a 64-bit hash ({@link org.paperfeed.app.foryou.TermTable}), not as strings; an interest whose own marks did
 * not change keeps its model when another is retrained. A batch that asks for more than a quarter of a segment's
 * terms reads its dictionary through in order instead of seeking each ({@code PaperFeatures#docFreqs}); each paper's
 * terms are kept by index document ({@link org.paperfeed.app.foryou.PaperTermsCache}, ≤ 16 MB), so a retrain after one
 * more star reads only the papers new to it; a scoring pass of more than one batch (5,000 papers: the
 * {@code recommend} command over every paper) neither reads nor fills that cache, scores and drops each batch's
 * vectors before the next, reuses one batch's arrays, and, when someone waits for it and no reasons are asked, reads
 * its batches on two threads (a paper's score does not depend on its batch; the scores come back in the order
 * asked); best scores are kept for one set of models on one view of the index
 * ({@link org.paperfeed.app.foryou.ScoreCache}), filled ahead of time in the background, so opening For you looks
 * them up instead of scoring. Work nobody waits for is handed a {@link org.paperfeed.app.foryou.BackgroundPace} and
 * asks it between steps (each interest, each fit, every 128 papers read), so it can give way to the reader, and stop
 * there when For you closes. Heap held: document frequencies ≤ 8 MB (and about 2 KB per deleted document awaiting a
 * merge, at most 5,000), papers' terms ≤ 16 MB, scores ≤ 4 MB, and one model per interest (a weight per term of its
 * training papers, which grows with the stars, not the library: 1.05 million weights, 21 MB, after 2,000 stars at a
 * million papers, in a table made for their number).
 *
 * <p>The use case the window and the CLI call is {@link org.paperfeed.app.ForYou} (in {@code app}, beside the other
 * use cases, since this package must not depend on {@code app}). Models live in memory and are rebuilt from the
 * marks and the index: nothing here needs a backup. The last training's models are also kept in a file,
 * {@link org.paperfeed.app.foryou.SavedModels} (a cache, checksummed), and the first training of a run starts from
 * those whose marks are the marks of now, so a start does not fit them again; a model is fitted again, its marks
 * unchanged, once the library's size moved by more than a tenth since its training. Must not import JavaFX, picocli,
 * or print.
 */
package org.paperfeed.app.foryou;
