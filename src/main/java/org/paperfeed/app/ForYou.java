package org.paperfeed.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperfeed.app.foryou.BackgroundPace;
import org.paperfeed.app.foryou.ForYouFeed;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.InterestScore;
import org.paperfeed.app.foryou.LearningSettings;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.app.foryou.Recommender;
import org.paperfeed.app.foryou.SavedModels;
import org.paperfeed.app.foryou.TrainedModels;
import org.paperfeed.app.foryou.TrainingMarks;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.library.ViewScope;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;
import org.paperfeed.support.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For you: ranks papers by the reader's own interests (their stars, each tag), learned locally from their marks, and
 * says why. One linear model per interest (an SVM, Platt-scaled) over tf-idf features of title, abstract and authors
 * ({@link org.paperfeed.app.foryou}); a paper's score is its best calibrated probability across the interests.
 *
 * <p>Models are derived data, kept in memory: the first call that needs them (or {@link #retrainSoon}) trains them
 * from the marks, starting from the models the last run kept ({@link SavedModels}: those whose marks are unchanged
 * are taken as they are), and a call after the marks changed, or once the library's size moved by more than a tenth,
 * trains again. Every method may read the whole index: call them
 * off the UI thread. {@link #retrainSoon} itself never blocks; an {@link AppEvents.InterestsRetrained} event follows
 * each training.
 *
 * <p>What it does on its own threads (training after a mark, scoring the view ahead, building tables) nobody waits
 * for: it pauses between steps while the reader is asking for papers ({@link UserActivity}), so a keystroke's search
 * and layout are not slowed by it. What a caller waits for (every public method but those) is never paused, and a
 * paused training holding the models' lock stops pausing as soon as such a caller waits for it.
 */
public final class ForYou implements AutoCloseable {

    /** How long {@link #retrainSoon} waits for more marks before training (a run of {@code x} presses trains once). */
    static final Duration DEBOUNCE = Duration.ofSeconds(2);
    /** The listing days before the latest whose unread papers the For you view keeps. */
    public static final int EARLIER_DAYS = 7;
    /** What For you shows instead of a ranking while no interest has enough papers. */
    public static final String HOW_TO_START = "For you learns from your marks: star at least "
            + Interest.MIN_POSITIVES + " papers (or give " + Interest.MIN_POSITIVES
            + " papers the same tag) and it ranks each day's papers by them; press x on papers you do not want to "
            + "see more like.";

    private static final Logger LOG = LoggerFactory.getLogger(ForYou.class);
    /** How long closing waits for a table build to let the library's files go. */
    private static final int CLOSE_WAIT_SECONDS = 10;

    private final PaperLibrary library;
    private final BrowseDays browse;
    private final JsonStore<ForYouSettings> settingsStore;
    private final AppEvents events;
    private final Clock clock;
    private final Recommender recommender;
    /** Callers waiting for the models right now: a background training stops giving way while there are any. */
    private final AtomicInteger waiting = new AtomicInteger();
    private final BackgroundPace pace;
    private final Object training = new Object();
    private volatile ForYouSettings settings;
    private volatile TrainedModels models;
    /** The models kept between runs: the first training of a run starts from them; null when none are kept. */
    private final SavedModels saved;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;
    private ScheduledFuture<?> pendingScores;
    /** One daemon thread building document-frequency tables, once {@link #keepScoresReady} asked for them. */
    private ExecutorService tableBuilder;
    private final AtomicBoolean tablesQueued = new AtomicBoolean();
    private volatile boolean buildTables;
    private volatile boolean closed;

    ForYou(PaperLibrary library, BrowseDays browse, JsonStore<ForYouSettings> settingsStore, AppEvents events,
           Clock clock, LearningSettings learning) {
        this(library, browse, settingsStore, events, clock, learning, new UserActivity());
    }

    /** @param activity when the reader last asked for papers; background work gives way to it */
    ForYou(PaperLibrary library, BrowseDays browse, JsonStore<ForYouSettings> settingsStore, AppEvents events,
           Clock clock, LearningSettings learning, UserActivity activity) {
        this(library, browse, settingsStore, events, clock, learning, activity, null);
    }

    /** @param saved where the models are kept between runs; null: nowhere (each start trains them) */
    ForYou(PaperLibrary library, BrowseDays browse, JsonStore<ForYouSettings> settingsStore, AppEvents events,
           Clock clock, LearningSettings learning, UserActivity activity, SavedModels saved) {
        this.saved = saved;
        this.pace = () -> {
            activity.awaitQuiet(() -> closed || waiting.get() > 0);
            if (closed) {
                // Closing: the background work stops at this step, so close() need not wait for a whole training.
                throw new CancellationException("For you is closing");
            }
        };
        this.library = library;
        this.browse = browse;
        this.settingsStore = settingsStore;
        this.events = events;
        this.clock = clock;
        this.recommender = new Recommender(learning);
    }

    /**
     * Every interest, starred first, then the tags by name, each with its number of papers, when it was trained and
     * whether it is switched on; the ones with fewer than {@link Interest#MIN_POSITIVES} papers too (they rank
     * nothing yet). Does not train.
     */
    public List<Interest> interests() {
        TrainingMarks marks = marks();
        TrainedModels trained = models;
        List<Interest> interests = new ArrayList<>();
        marks.positives().forEach((key, ids) -> {
            String name = key.equals(Interest.STARRED) ? "Starred" : key.substring(Interest.TAG_PREFIX.length());
            interests.add(new Interest(key, name, ids.size(),
                    trained == null ? null : trained.trainedAt(key).orElse(null), marks.settings().enabled(key)));
        });
        interests.sort(Comparator.comparing((Interest i) -> !i.key().equals(Interest.STARRED))
                .thenComparing(Interest::name, String.CASE_INSENSITIVE_ORDER));
        return interests;
    }

    /**
     * What For you says instead of ranking while it cannot ({@link #canRank()} false): {@link #HOW_TO_START}, and how
     * far the reader's marks have come, so a reader with one star does not wonder whether it counted; empty once it
     * can rank. One read of the marks answers both. Does not train.
     */
    public Optional<String> howToStart() {
        List<Interest> interests = interests();
        return interests.stream().anyMatch(Interest::ranks) ? Optional.empty() : Optional.of(howToStart(interests));
    }

    /**
     * {@link #HOW_TO_START} and then, for the interests begun ("So far: 2 papers tagged robotics; 1 paper starred."),
     * the three with the most papers; or, when an interest has papers enough but is switched off, that it is and where
     * to switch it on: "star at least 3 papers" would send a reader with 40 stars starring more.
     */
    static String howToStart(List<Interest> interests) {
        List<String> off = interests.stream().filter(i -> i.hasEnoughPapers() && !i.enabled())
                .map(i -> (i.key().equals(Interest.STARRED) ? "Starred" : "#" + i.name()) + " ("
                        + Plural.of(i.positives(), "paper") + ")")
                .toList();
        if (!off.isEmpty()) {
            boolean one = off.size() == 1;
            return String.join(", ", off) + (one ? " is" : " are") + " switched off, so For you has nothing to rank"
                    + " by: switch " + (one ? "it" : "them")
                    + " on in Your interests, at the right end of the day bar.";
        }
        List<String> begun = interests.stream().filter(i -> i.positives() > 0)
                .sorted(Comparator.comparingInt(Interest::positives).reversed())
                .limit(3)
                .map(i -> Plural.of(i.positives(), "paper") + (i.key().equals(Interest.STARRED) ? " starred"
                        : " tagged " + i.name()))
                .toList();
        return begun.isEmpty() ? HOW_TO_START : HOW_TO_START + " So far: " + String.join("; ", begun) + ".";
    }

    /**
     * True when at least one switched-on interest has {@link Interest#MIN_POSITIVES} papers. While false, For you
     * ranks nothing and the window shows {@link #howToStart()}'s text.
     */
    public boolean canRank() {
        return interests().stream().anyMatch(Interest::ranks);
    }

    /**
     * The For you view, best first: the latest listing day's papers and the unread papers of the
     * {@value #EARLIER_DAYS} listing days before it, leaving out starred, tagged, not-interested and muted papers.
     * Empty while {@link #canRank()} is false or the library has no listing day. Trains first if the marks changed.
     */
    public List<Recommendation> ranking(int limit) throws PaperFeedException {
        return rank(candidates(), null, limit, true);
    }

    /**
     * {@link #ranking(int)} without the reasons (each {@link Recommendation#why()} empty), with how many papers it
     * ranked: what the For you feed shows, a badge per row; the reading pane asks {@link #why} for the one paper it
     * shows. Reasons cost a look at each paper's text, which for a thousand papers took longer than ranking them.
     */
    public ForYouFeed feed(int limit) throws PaperFeedException {
        return feed(limit, null);
    }

    /**
     * {@link #feed(int)} as of the listing day {@code latest} (null: the latest there is): that day's papers and the
     * unread papers of the {@value #EARLIER_DAYS} listing days before it. The window ranks from the day its day bar
     * names, so that a reader in the middle of For you when a refresh brings a newer day keeps the papers they were
     * reading among, whatever reloads the list, until they move on to the new day.
     */
    public ForYouFeed feed(int limit, LocalDate latest) throws PaperFeedException {
        return feed(limit, latest, Set.of());
    }

    /**
     * {@link #feed(int, LocalDate)} with the papers {@code listed} kept in, whatever the reader did with them since
     * but dismiss them: read (on one of the days before {@code latest}), starred or tagged. The window passes the
     * papers For you listed during the reader's visit, so that a paper read there stays in the list, in its place,
     * through the reloads a refresh or a mark brings, until the reader leaves For you or asks for a fresh ranking;
     * the papers read before the visit stay out (yesterday's read papers do not come back today). Papers of
     * {@code listed} outside the feed's days, or hidden by a mute rule, stay out.
     */
    public ForYouFeed feed(int limit, LocalDate latest, Set<PaperId> listed) throws PaperFeedException {
        Set<PaperId> candidates = candidates(latest, listed);
        List<Recommendation> best = rank(candidates, null, limit, false);
        // The candidates are the index's own papers, so every one was ranked; fewer than the limit means all listed.
        return new ForYouFeed(best, best.size() < limit ? best.size() : candidates.size());
    }

    /** The For you view's papers, unranked: the latest day's and the unread of the days before, unmarked. */
    private Set<PaperId> candidates() throws PaperFeedException {
        return candidates(null);
    }

    /** {@link #candidates()} as of the listing day {@code latest} (null: the latest there is). */
    private Set<PaperId> candidates(LocalDate latest) throws PaperFeedException {
        return candidates(latest, Set.of());
    }

    /**
     * {@link #candidates(LocalDate)} with the papers of {@code listed} that are on its days kept in, read or kept
     * (starred, tagged) as they may be; not-interested ones stay out.
     */
    private Set<PaperId> candidates(LocalDate latest, Set<PaperId> listed) throws PaperFeedException {
        List<DayCount> days = latest == null ? browse.days(EARLIER_DAYS + 1) : browse.days(latest, EARLIER_DAYS + 1);
        if (days.isEmpty()) {
            return Set.of();
        }
        Set<PaperId> candidates = new LinkedHashSet<>(browse.ids(
                org.paperfeed.model.ViewQuery.ofDays(DayRange.day(days.get(0).day()))));
        Map<PaperId, PaperState> marks = library.marks();
        if (days.size() > 1) {
            DayRange earlier = new DayRange(days.get(days.size() - 1).day(), days.get(1).day());
            if (listed.isEmpty()) {
                candidates.addAll(browse.ids(earlierDays(earlier, true)));
            } else {
                // One search of the days' papers as a whole (so that a paper muted meanwhile stays out): the unread
                // ones, and those listed, read since as they may be.
                browse.ids(earlierDays(earlier, false)).stream()
                        .filter(id -> listed.contains(id) || marks.get(id) == null || !marks.get(id).read())
                        .forEach(candidates::add);
            }
        }
        candidates.removeIf(id -> {
            PaperState state = marks.get(id);
            return state != null && (state.notInterested() || (state.isKept() && !listed.contains(id)));
        });
        return candidates;
    }

    /** The papers of the days before the feed's latest, only the unread ones or all. */
    private static org.paperfeed.model.ViewQuery earlierDays(DayRange earlier, boolean unreadOnly) {
        return new org.paperfeed.model.ViewQuery("", new PaperFilter(false, unreadOnly, null), earlier, null,
                SortOrder.TRENDING);
    }

    /**
     * Each paper's best score and the interest that gave it, for the "For you" order of any view (marked papers
     * included). Papers the library lacks are left out; the map is empty while {@link #canRank()} is false.
     */
    public Map<PaperId, InterestScore> scores(Collection<PaperId> ids) throws PaperFeedException {
        Map<PaperId, InterestScore> scores = new LinkedHashMap<>();
        try {
            scores.putAll(recommender.bestScores(library, current(), ids));
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
        return scores;
    }

    /** Why a paper scores as it does (the reading pane's "Why"): empty for an unknown paper or nothing to rank by. */
    public Optional<Recommendation> why(PaperId id) throws PaperFeedException {
        List<Recommendation> one = rank(List.of(id), null, 1, true);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /**
     * The {@code recommend} command: papers best first, by one interest ({@code starred}, {@code tag:NAME}) or by
     * all (null).
     *
     * @param named        the interest as the user named it: {@code tag:ML} is the tag {@code ml}'s
     *                     ({@link Interest#named})
     * @param day          rank that day's papers; null for every paper in the library
     * @param includeMarks keep starred, tagged, not-interested and muted papers in
     * @throws PaperFeedException an unknown interest, or one with too few papers or switched off
     */
    public List<Recommendation> recommend(String named, LocalDate day, boolean includeMarks, int limit)
            throws PaperFeedException {
        if (limit < 0) {
            throw new PaperFeedException("the number of papers cannot be negative: " + limit);
        }
        String interest;
        try {
            interest = named == null ? null : Interest.named(named);
        } catch (IllegalArgumentException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
        if (interest != null) {
            checkRanks(interest);
        }
        ViewScope.Hiding hiding = includeMarks || day == null ? ViewScope.Hiding.SHOWN : ViewScope.Hiding.LEFT_OUT;
        ViewScope scope = day == null ? ViewScope.NONE
                : new ViewScope(DayRange.day(day), null, hiding, library.muteRules(), List.of(), false);
        List<PaperId> ids;
        try {
            ids = new ArrayList<>(library.ids(new LibraryQuery("", PaperFilter.NONE, SortOrder.DATE, 0, 0, 0,
                    scope)));
        } catch (QuerySyntaxException | IOException e) {
            throw new PaperFeedException("the library could not be searched: " + e.getMessage(), e);
        }
        if (!includeMarks) {
            Map<PaperId, PaperState> marks = library.marks();
            ids.removeIf(id -> {
                PaperState state = marks.get(id);
                return state != null && (state.isKept() || state.notInterested());
            });
        }
        return rank(ids, interest, limit, true);
    }

    private void checkRanks(String key) throws PaperFeedException {
        Optional<Interest> found = interests().stream().filter(i -> i.key().equals(key)).findFirst();
        if (found.isEmpty()) {
            throw new PaperFeedException("there is no interest " + key + " (use starred or tag:NAME of a tag in use)");
        }
        if (!found.get().enabled()) {
            throw new PaperFeedException("the interest " + key + " is switched off");
        }
        if (!found.get().hasEnoughPapers()) {
            throw new PaperFeedException("the interest " + key + " has " + Plural.of(found.get().positives(), "paper")
                    + "; it needs at least " + Interest.MIN_POSITIVES);
        }
    }

    private List<Recommendation> rank(Collection<PaperId> ids, String interest, int limit, boolean withWhy)
            throws PaperFeedException {
        try {
            TrainedModels trained = current();
            Map<PaperId, InterestScore> scored = new LinkedHashMap<>();
            if (interest == null) {
                scored.putAll(recommender.bestScores(library, trained, ids));
            } else {
                recommender.score(library, trained, ids, interest, false)
                        .forEach((id, s) -> scored.put(id, s.score()));
            }
            List<Map.Entry<PaperId, InterestScore>> best = new ArrayList<>(scored.entrySet());
            best.sort(Comparator.comparingDouble((Map.Entry<PaperId, InterestScore> e) -> -e.getValue().score())
                    .thenComparing(Map.Entry::getKey));
            List<Recommendation> ranked = new ArrayList<>();
            for (Map.Entry<PaperId, InterestScore> e : best) {
                if (ranked.size() >= limit) {
                    break;
                }
                Optional<LibraryPaper> paper = library.get(e.getKey());
                if (paper.isPresent()) {
                    InterestScore score = e.getValue();
                    ranked.add(new Recommendation(paper.get(), score.interest(), score.score(), withWhy
                            ? recommender.why(library, trained, e.getKey(), score.interest()) : List.of()));
                }
            }
            return ranked;
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Retrains in the background after {@link #DEBOUNCE} without further calls (after a star or an {@code x});
     * returns at once. Does nothing once closed.
     */
    public synchronized void retrainSoon() {
        pending = debounced(pending, this::retrainQuietly);
    }

    /**
     * Retrains on the background thread now, as {@link #retrainSoon} does after its wait, giving way to the reader
     * as it goes; completes when trained (at once if the marks did not change), exceptionally if it could not train
     * or For you is closed.
     */
    public synchronized CompletableFuture<Void> retrainInBackground() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new PaperFeedException("For you is closed"));
            return done;
        }
        scheduler().execute(() -> {
            try {
                current(pace);
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Schedules {@code work} on the background thread after {@link #DEBOUNCE}, cancelling {@code previous} if it has
     * not started: a burst of calls runs it once. Once closed, schedules nothing.
     */
    private synchronized ScheduledFuture<?> debounced(ScheduledFuture<?> previous, Runnable work) {
        if (closed) {
            return previous;
        }
        if (previous != null) {
            previous.cancel(false);
        }
        return scheduler().schedule(work, DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Trains now if the marks changed since the last training, on the calling thread (the CLI, tests). */
    public void retrain() throws PaperFeedException {
        try {
            current();
        } catch (IOException e) {
            throw new PaperFeedException("the interests could not be trained: " + e.getMessage(), e);
        }
    }

    private void retrainQuietly() {
        try {
            current(pace);
        } catch (CancellationException e) {
            return;
        } catch (IOException | RuntimeException e) {
            LOG.warn("For you could not retrain: {}", e.getMessage(), e);
            return;
        }
        scoreAheadQuietly();
    }

    /**
     * Keeps the For you view's scores ready from now on (the window calls it once): after each change to the library
     * (a day's papers landing, a mark) and after each training, the view's papers are scored in the background, so
     * opening For you or sorting by it waits only for the papers scored since. Scores are kept only while the
     * models and the index stay as they were (see {@code ScoreCache}), so they are exactly what scoring now gives.
     */
    public void keepScoresReady() {
        buildTables = true;
        events.subscribe(AppEvents.LibraryChanged.class, e -> scoreAheadSoon());
        events.subscribe(AppEvents.PaperChanged.class, e -> scoreAheadSoon());
        events.subscribe(AppEvents.PapersChanged.class, e -> scoreAheadSoon());
        // Opens and checks the tables a previous session built while the first training waits out its debounce.
        docFreqTablesSoon();
        scoreAheadSoon();
    }

    /** Scores the For you view's papers in the background after {@link #DEBOUNCE} without further changes. */
    synchronized void scoreAheadSoon() {
        pendingScores = debounced(pendingScores, this::scoreAheadQuietly);
    }

    /**
     * Scores the For you view's papers now, on the calling thread, and keeps the scores for {@link #scores} and the
     * feed; trains first if the marks changed. Does nothing while no interest ranks.
     */
    public void scoreAhead() throws PaperFeedException {
        scoreAhead(BackgroundPace.NONE);
    }

    private void scoreAhead(BackgroundPace pacing) throws PaperFeedException {
        try {
            TrainedModels trained = current(pacing);
            if (!trained.isEmpty()) {
                recommender.bestScores(library, trained, candidates(), pacing);
            }
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    private void scoreAheadQuietly() {
        try {
            scoreAhead(pace);
        } catch (CancellationException e) {
            return;
        } catch (PaperFeedException | RuntimeException e) {
            LOG.warn("For you could not score ahead: {}", e.getMessage(), e);
        }
        docFreqTablesSoon();
    }

    /**
     * Builds now, on the calling thread, the document-frequency table of each large index segment that lacks one
     * (files beside the index, a cache: see {@code library.DocFreqTable}), so that a training from cold (the first
     * after a start, or the CLI's) reads them instead of the index's term dictionaries. The window has it done in the
     * background after the view is scored ahead ({@link #keepScoresReady}). Does nothing on a read-only library.
     *
     * @return how many tables were built
     */
    public int buildDocFreqTables() throws PaperFeedException {
        return buildDocFreqTables(BackgroundPace.NONE);
    }

    private int buildDocFreqTables(BackgroundPace pacing) throws PaperFeedException {
        try {
            return recommender.buildDocFreqTables(library, () -> {
                pacing.pause();
                return closed;
            });
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be read: " + e.getMessage(), e);
        }
    }

    /** {@link #buildDocFreqTables} on its own daemon thread, once at a time, if {@link #keepScoresReady} was called. */
    private synchronized void docFreqTablesSoon() {
        if (!buildTables || closed || !tablesQueued.compareAndSet(false, true)) {
            return;
        }
        if (tableBuilder == null) {
            tableBuilder = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "for-you-tables");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
        }
        tableBuilder.execute(() -> {
            tablesQueued.set(false);
            try {
                int built = buildDocFreqTables(pace);
                LOG.debug("{} document-frequency tables built", built);
            } catch (CancellationException e) {
                LOG.debug("document-frequency tables: build cancelled");
            } catch (PaperFeedException | RuntimeException e) {
                // a cache: training reads the index's dictionaries without it
                LOG.info("For you's document-frequency tables could not be built: {}", e.getMessage());
            }
        });
    }

    /**
     * Forgets what the interest learned from not-interested marks so far (papers dismissed later count again) and
     * retrains in the background. Its positives stay: they are the reader's stars or tags.
     */
    public void reset(String interestKey) {
        synchronized (training) {
            List<String> forgotten = library.marks().entrySet().stream().filter(e -> e.getValue().notInterested())
                    .map(e -> e.getKey().value()).sorted().toList();
            ForYouSettings changed = settings().withForgotten(interestKey, forgotten);
            settingsStore.save(changed);
            settings = changed;
        }
        retrainSoon();
    }

    /** Switches an interest on or off (kept in {@code for-you.json}); For you retrains in the background. */
    public void setEnabled(String interestKey, boolean enabled) {
        synchronized (training) {
            ForYouSettings changed = settings().withEnabled(interestKey, enabled);
            settingsStore.save(changed);
            settings = changed;
        }
        retrainSoon();
    }

    /**
     * Reads {@code for-you.json} now if it was not read yet, and says why it gave the defaults if it could not be read
     * (and where the unreadable file was set aside). For the window, which calls it off the FX thread as it starts and
     * shows the answer as a notice: it is read otherwise at the first ranking, on a background thread, at no moment
     * the window could say anything about it.
     */
    public Optional<String> settingsProblem() {
        settings();
        return settingsStore.problem();
    }

    private ForYouSettings settings() {
        ForYouSettings loaded = settings;
        if (loaded == null) {
            loaded = settingsStore.load();
            settings = loaded;
        }
        return loaded;
    }

    private TrainingMarks marks() {
        return TrainingMarks.of(library.marks(), settings());
    }

    /** The models for the marks as they are now, training them first if the marks changed; for a waiting caller. */
    private TrainedModels current() throws IOException {
        waiting.incrementAndGet();
        try {
            return current(BackgroundPace.NONE);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * {@link #current()}, a training paced by {@code pacing}. The models stand while the marks are those they were
     * trained from and the library has not changed size by more than {@code InterestModel.LIBRARY_CHANGE}; the first
     * training of a run starts from the models kept by the last ({@link SavedModels}), and each training that fitted
     * anything keeps what it gives for the next.
     */
    private TrainedModels current(BackgroundPace pacing) throws IOException {
        TrainingMarks marks = marks();
        TrainedModels trained = models;
        if (trained != null && trained.marks().equals(marks) && trained.fit(library.size())) {
            return trained;
        }
        synchronized (training) {
            marks = marks();
            trained = models;
            if (trained != null && trained.marks().equals(marks) && trained.fit(library.size())) {
                return trained;
            }
            TrainedModels before = trained != null || saved == null ? trained : saved.matching(marks);
            trained = recommender.train(library, marks, clock.instant(), before, pacing);
            models = trained;
            if (saved != null && !library.isReadOnly() && (before == null || !trained.holdsTheModelsOf(before))) {
                saved.save(trained);
            }
        }
        events.publish(new AppEvents.InterestsRetrained());
        return trained;
    }

    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "for-you-training");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
        }
        return scheduler;
    }

    /**
     * Stops a pending background retrain, a training or scoring under way (at its next step) and a table build
     * (cancelled), and waits for them, up to {@value #CLOSE_WAIT_SECONDS} s each, so that nothing of For you still
     * reads the library once it closes.
     */
    @Override
    public void close() {
        ExecutorService training;
        ExecutorService tables;
        synchronized (this) {
            closed = true;
            training = scheduler;
            tables = tableBuilder;
        }
        List<ExecutorService> running = java.util.stream.Stream.of(training, tables).filter(Objects::nonNull).toList();
        // Both stopped before either is waited for, so an interrupted wait leaves neither running; waited for outside
        // the lock, since the work may call this object's synchronized methods on its way out.
        running.forEach(ExecutorService::shutdownNow);
        for (ExecutorService executor : running) {
            try {
                executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
