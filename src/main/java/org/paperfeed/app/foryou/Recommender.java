package org.paperfeed.app.foryou;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.paperfeed.library.PaperFeatures;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.support.WorkerFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one model per interest from the reader's marks and the index, and scores papers with them. Keeps what
 * the index gave while it still holds: document frequencies per segment ({@link DocFreqCache}), papers' terms per
 * index document ({@link PaperTermsCache}), best scores per set of models and view of the index ({@link ScoreCache});
 * {@link TrainedModels} holds what it trained. Every call may read the index; none may run on a UI thread. Thread-safe.
 */
public final class Recommender {

    private static final Logger LOG = LoggerFactory.getLogger(Recommender.class);

    /**
     * How many papers' term counts are held at once (about 4 KB a paper): the 4,200 papers of a 200-star training in
     * one batch, so their terms' document frequencies are read in one pass over the index's dictionaries.
     */
    private static final int BATCH = 5_000;
    /** The second pass's sample of unmarked papers is this many times the first (see {@link #hardNegatives}). */
    private static final int HARD_POOL_FACTOR = 4;

    private final LearningSettings settings;
    private final ModelTrainer trainer;
    private final DocFreqCache docFreqs;
    private final ScoreCache ready = new ScoreCache();
    private final PaperTermsCache paperTerms = new PaperTermsCache();
    /** Papers read per batch: {@link #BATCH}, fewer in tests. */
    private final int batch;

    public Recommender(LearningSettings settings) {
        this(settings, DocFreqCache.SMALL_SEGMENT_TERMS);
    }

    /** With index segments of at most {@code smallSegmentTerms} feature terms read whole (tests: a small library). */
    Recommender(LearningSettings settings, int smallSegmentTerms) {
        this(settings, smallSegmentTerms, BATCH);
    }

    /** As above, reading {@code batch} papers at a time (tests: a pass of several batches on a small library). */
    Recommender(LearningSettings settings, int smallSegmentTerms, int batch) {
        this.settings = settings;
        this.trainer = new ModelTrainer(settings);
        this.docFreqs = new DocFreqCache(smallSegmentTerms);
        this.batch = batch;
    }

    /** The papers' terms it keeps (tests ask whether a pass filled it). */
    PaperTermsCache paperTermsCache() {
        return paperTerms;
    }

    /** What it keeps of the index's document frequencies (tests ask where they came from). */
    DocFreqCache docFreqCache() {
        return docFreqs;
    }

    /** {@link #train(PaperLibrary, TrainingMarks, Instant, TrainedModels)} with nothing to keep. */
    public TrainedModels train(PaperLibrary library, TrainingMarks marks, Instant now) throws IOException {
        return train(library, marks, now, null);
    }

    /**
     * Trains every interest that ranks (switched on, at least {@link Interest#MIN_POSITIVES} papers). Negatives: the
     * interest's not-interested papers, weighted higher, plus a sample of the rest of the library chosen by a hash
     * of each id and the interest (the same marks and library give the same model). An interest whose own marks
     * (its papers, its not-interested papers) are those {@code previous} was trained from keeps its model, unless
     * the library's size moved by more than {@link InterestModel#LIBRARY_CHANGE} since: a star retrains the starred
     * interest only, not every tag.
     */
    public TrainedModels train(PaperLibrary library, TrainingMarks marks, Instant now, TrainedModels previous)
            throws IOException {
        return train(library, marks, now, previous, BackgroundPace.NONE);
    }

    /**
     * As {@link #train(PaperLibrary, TrainingMarks, Instant, TrainedModels)}, asking {@code pace} before each
     * interest, before each fit and every {@link TfIdf#PACE_EVERY} papers read: a training nobody waits for gives way.
     */
    public TrainedModels train(PaperLibrary library, TrainingMarks marks, Instant now, TrainedModels previous,
                               BackgroundPace pace) throws IOException {
        Map<String, InterestModel> models = new LinkedHashMap<>();
        try (PaperFeatures features = library.features()) {
            TfIdf tfidf = new TfIdf(features, settings, docFreqs, paperTerms, pace);
            int papers = features.papers();
            for (Map.Entry<String, Set<PaperId>> interest : marks.positives().entrySet()) {
                pace.pause();
                String key = interest.getKey();
                Set<PaperId> positives = interest.getValue();
                if (positives.size() < Interest.MIN_POSITIVES || !marks.settings().enabled(key)) {
                    continue;
                }
                Set<PaperId> notInterested = marks.negativesOf(key);
                InterestModel kept = previous == null ? null : previous.models().get(key);
                if (kept != null && kept.fits(papers) && positives.equals(previous.marks().positives().get(key))
                        && notInterested.equals(previous.marks().negativesOf(key))) {
                    models.put(key, kept);
                    continue;
                }
                // A forgotten not-interested paper may be sampled again: after a reset, the model before the mark.
                Set<PaperId> excluded = new HashSet<>(positives);
                excluded.addAll(notInterested);
                int size = Math.max(settings.minNegatives(), settings.negativesPerPositive() * positives.size());
                List<PaperId> sampled = features.sample(size, key.hashCode(), excluded);
                List<PaperId> positiveIds = sorted(positives);
                List<PaperId> notInterestedIds = sorted(notInterested);
                List<PaperId> all = new ArrayList<>(positiveIds);
                all.addAll(notInterestedIds);
                all.addAll(sampled);
                long started = System.nanoTime();
                Map<PaperId, FeatureVector> vectors = vectors(features, tfidf, all, false);
                long read = System.nanoTime();
                pace.pause();
                InterestModel model = trainer.train(key, present(vectors, positiveIds),
                        present(vectors, notInterestedIds), present(vectors, sampled), now);
                if (settings.hardNegatives() > 0) {
                    List<PaperId> hard = hardNegatives(features, tfidf, model, key, size, excluded, sampled);
                    List<FeatureVector> negatives = new ArrayList<>(present(vectors, sampled));
                    negatives.addAll(present(vectors(features, tfidf, hard, false), hard));
                    pace.pause();
                    model = trainer.train(key, present(vectors, positiveIds), present(vectors, notInterestedIds),
                            negatives, now);
                }
                models.put(key, model.trainedOn(papers));
                LOG.debug("trained {} on {} papers: features {} ms, solver {} ms", key, all.size(),
                        (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            }
        }
        return new TrainedModels(marks, models);
    }

    /**
     * Each paper's best score across the models (or only {@code interest}'s, when not null), with its reasons when
     * {@code withWhy}; papers the index lacks, and every paper when no model ranks, are left out.
     */
    public Map<PaperId, Scored> score(PaperLibrary library, TrainedModels models, Collection<PaperId> ids,
                                      String interest, boolean withWhy) throws IOException {
        try (PaperFeatures features = library.features()) {
            return score(library, features, models, ids, interest, withWhy, BackgroundPace.NONE);
        }
    }

    /**
     * Each paper's best score across the models, as {@link #score} gives it without reasons, in the order asked:
     * the ones scored before with the same models on the same view of the index (ahead of time, see
     * {@link ScoreCache}) taken as they were, the others scored now and kept.
     */
    public Map<PaperId, InterestScore> bestScores(PaperLibrary library, TrainedModels models, Collection<PaperId> ids)
            throws IOException {
        return bestScores(library, models, ids, BackgroundPace.NONE);
    }

    /** As {@link #bestScores(PaperLibrary, TrainedModels, Collection)}, the papers read paced by {@code pace}. */
    public Map<PaperId, InterestScore> bestScores(PaperLibrary library, TrainedModels models, Collection<PaperId> ids,
                                                  BackgroundPace pace) throws IOException {
        try (PaperFeatures features = library.features()) {
            Object version = features.version();
            Map<PaperId, InterestScore> known = ready.known(models, version, ids);
            List<PaperId> missing = new ArrayList<>();
            for (PaperId id : new java.util.LinkedHashSet<>(ids)) {
                if (!known.containsKey(id)) {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                Map<PaperId, InterestScore> computed = new LinkedHashMap<>();
                score(library, features, models, missing, null, false, pace)
                        .forEach((id, scored) -> computed.put(id, scored.score()));
                ready.keep(models, version, computed);
                known.putAll(computed);
            }
            LOG.debug("best scores of {} papers: {} ready, {} scored now", ids.size(), ids.size() - missing.size(),
                    missing.size());
            Map<PaperId, InterestScore> inOrder = new LinkedHashMap<>();
            for (PaperId id : ids) {
                InterestScore score = known.get(id);
                if (score != null) {
                    inOrder.put(id, score);
                }
            }
            return inOrder;
        }
    }

    /**
     * Scores a batch of papers at a time, each batch's vectors dropped once scored: a pass over the whole library
     * never holds every paper's vector. A pass of more than one batch neither fills {@link PaperTermsCache} (it holds
     * a few thousand papers: those of a window's day or a training, which the pass would only evict) nor is the cache
     * read: the papers' terms are read from the index, the same terms either way. Such a pass without reasons that
     * someone waits for ({@code pace} is {@link BackgroundPace#NONE}: the {@code recommend} command) reads its batches
     * on two threads, each its own batches: a paper's score does not depend on the batch it is read in, and the
     * scores are returned in the order asked.
     */
    private Map<PaperId, Scored> score(PaperLibrary library, PaperFeatures features, TrainedModels models,
                                       Collection<PaperId> ids, String interest, boolean withWhy, BackgroundPace pace)
            throws IOException {
        Map<PaperId, Scored> scores = new LinkedHashMap<>();
        List<InterestModel> using = new ArrayList<>();
        models.models().forEach((key, model) -> {
            if (interest == null || interest.equals(key)) {
                using.add(model);
            }
        });
        if (using.isEmpty()) {
            return scores;
        }
        long started = System.nanoTime();
        List<PaperId> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        int batches = (all.size() + batch - 1) / batch;
        Scored[] scored = new Scored[all.size()];
        PaperTermsCache kept = batches > 1 ? null : paperTerms;
        boolean twoThreads = batches > 1 && !withWhy && pace == BackgroundPace.NONE
                && Runtime.getRuntime().availableProcessors() > 1;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Batches work = () -> {
            TfIdf tfidf = new TfIdf(features, settings, docFreqs, kept, pace);
            for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                scoreBatch(library, tfidf, using, all, b * batch, Math.min(all.size(), (b + 1) * batch), withWhy,
                        scored);
            }
        };
        if (twoThreads) {
            inTwo(work, () -> next.set(batches));
        } else {
            work.run();
        }
        for (int i = 0; i < scored.length; i++) {
            if (scored[i] != null) {
                scores.put(all.get(i), scored[i]);
            }
        }
        LOG.debug("{} papers scored in {} ms{}", all.size(), (System.nanoTime() - started) / 1_000_000,
                twoThreads ? " on two threads" : "");
        return scores;
    }

    /** Work that reads the index. */
    @FunctionalInterface
    private interface Batches {
        void run() throws IOException;
    }

    /**
     * Runs {@code work} on this thread and on one more at once, returning when both are done; a failure on either
     * calls {@code stop} (the other then takes no more batches) and is thrown once both have stopped.
     */
    private static void inTwo(Batches work, Runnable stop) throws IOException {
        java.util.concurrent.FutureTask<Void> other = new java.util.concurrent.FutureTask<>(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException | Error e) {
                stop.run();
                throw e;
            }
            return null;
        });
        Thread thread = new Thread(other, "for-you-scoring");
        thread.setDaemon(true);
        thread.start();
        Throwable failed = null;
        try {
            work.run();
        } catch (IOException | RuntimeException | Error e) {
            stop.run();
            failed = e;
        }
        try {
            other.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (failed == null) {
                failed = e.getCause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.run();
            WorkerFailures.joinUninterruptibly(thread);
            throw new java.io.InterruptedIOException("interrupted while scoring");
        }
        if (failed != null) {
            throw WorkerFailures.rethrown(failed);
        }
    }

    /** Scores the papers {@code all[from, to)} into {@code scored} at their positions (null: not in the index). */
    private static void scoreBatch(PaperLibrary library, TfIdf tfidf, List<InterestModel> using, List<PaperId> all,
                                   int from, int to, boolean withWhy, Scored[] scored) throws IOException {
        List<PaperId> some = all.subList(from, to);
        FeatureVector[] vectors = tfidf.vectors(some, withWhy);
        for (int i = 0; i < vectors.length; i++) {
            FeatureVector vector = vectors[i];
            if (vector == null) {
                continue; // not in the index
            }
            InterestModel best = null;
            double bestScore = -1;
            for (InterestModel model : using) {
                double score = model.score(vector);
                if (score > bestScore) {
                    best = model;
                    bestScore = score;
                }
            }
            PaperId id = some.get(i);
            List<WhyTerm> why = withWhy ? best.why(vector, surfaceForms(library, id)) : List.of();
            scored[from + i] = new Scored(new InterestScore(best.key(), bestScore), why);
        }
    }

    /**
     * Why the paper scores as it does under one interest's model: its features that raised the score most, in the
     * paper's own words; none when the interest has no model or the index lacks the paper.
     */
    public List<WhyTerm> why(PaperLibrary library, TrainedModels models, PaperId id, String interest)
            throws IOException {
        InterestModel model = models.models().get(interest);
        if (model == null) {
            return List.of();
        }
        try (PaperFeatures features = library.features()) {
            FeatureVector vector = vectors(features, new TfIdf(features, settings, docFreqs, paperTerms), List.of(id), true)
                    .get(id);
            return vector == null ? List.of() : model.why(vector, surfaceForms(library, id));
        }
    }

    /**
     * The second pass's negatives: a further seeded sample of the unmarked papers (another seed, none of the first
     * sample), scored by the first model, the highest first (ties by id, so the same marks give the same list), the
     * top {@link LearningSettings#hardSkip()} passed over, the next {@link LearningSettings#hardNegatives()} taken.
     */
    private List<PaperId> hardNegatives(PaperFeatures features, TfIdf tfidf, InterestModel first, String key,
                                        int size, Set<PaperId> excluded, List<PaperId> sampled) throws IOException {
        Set<PaperId> outside = new HashSet<>(excluded);
        outside.addAll(sampled);
        List<PaperId> pool = features.sample(HARD_POOL_FACTOR * size, 31 * key.hashCode() + 1, outside);
        Map<PaperId, FeatureVector> vectors = vectors(features, tfidf, pool, false);
        Map<PaperId, Double> scores = new java.util.HashMap<>();
        vectors.forEach((id, vector) -> {
            if (vector != null && !vector.isEmpty()) {
                scores.put(id, first.score(vector));
            }
        });
        return scores.keySet().stream()
                .sorted(java.util.Comparator.<PaperId>comparingDouble(scores::get).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .skip(settings.hardSkip())
                .limit(settings.hardNegatives())
                .toList();
    }

    /**
     * Builds the document-frequency table ({@code library.DocFreqTable}) of each large index segment that lacks one
     * and deletes those of segments merged away: a training from cold then looks its terms up in the tables instead
     * of the segments' dictionaries. Reads each such segment's dictionary twice: run it in the background. Does
     * nothing on a read-only library.
     *
     * @param cancelled asked now and then; true stops the build with a {@link java.util.concurrent.CancellationException}
     * @return how many tables were built
     */
    public int buildDocFreqTables(PaperLibrary library, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        try (PaperFeatures features = library.features()) {
            return features.buildDocFreqTables(docFreqs.smallSegmentTerms(), cancelled);
        }
    }

    /** A paper's best score and, when asked for, its reasons. */
    public record Scored(InterestScore score, List<WhyTerm> why) {
    }

    private static Map<String, String> surfaceForms(PaperLibrary library, PaperId id) throws IOException {
        Optional<LibraryPaper> paper = library.get(id);
        return paper.isEmpty() ? Map.of()
                : PaperFeatures.surfaceForms(paper.get().paper().title() + "\n" + paper.get().paper().abstractText());
    }

    private static List<PaperId> sorted(Set<PaperId> ids) {
        return ids.stream().sorted().toList();
    }

    /**
     * The papers' vectors in the order asked, read from the index a batch of distinct papers at a time (its terms held
     * as arrays); a paper without features (not in the index) maps to null. Training and scoring without reasons
     * leave the terms out ({@code withTerms} false): they need only their hashes.
     */
    private Map<PaperId, FeatureVector> vectors(PaperFeatures features, TfIdf tfidf, Collection<PaperId> ids,
                                                boolean withTerms) throws IOException {
        long started = System.nanoTime();
        Map<PaperId, FeatureVector> vectors = new LinkedHashMap<>();
        List<PaperId> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += batch) {
            List<PaperId> some = all.subList(from, Math.min(all.size(), from + batch));
            FeatureVector[] computed = tfidf.vectors(some, withTerms);
            for (int i = 0; i < computed.length; i++) {
                vectors.put(some.get(i), computed[i]);
            }
        }
        LOG.debug("{} papers' features in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
        return vectors;
    }

    /** The vectors of the papers that have features (the training set), in order. */
    private static List<FeatureVector> present(Map<PaperId, FeatureVector> vectors, List<PaperId> ids) {
        return ids.stream().map(vectors::get).filter(Objects::nonNull).filter(v -> !v.isEmpty()).toList();
    }
}
