package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.app.foryou.WhyTerm;
import org.paperfeed.model.PaperId;

/**
 * For you on three real days of arXiv listings (995 papers): starring ten information-theory papers ranks the other
 * information-theory papers first, even those sharing no title word with the starred ones.
 */
class ForYouTest {

    static final String TOPIC = "cs.IT";
    static final int STARRED = 10;

    /** The three days imported once; each test works on its own copy. */
    @TempDir
    static Path imported;
    @TempDir
    Path data;

    AppServices app;
    List<RealArxivDays.Record> records;
    List<RealArxivDays.Record> topic;

    @org.junit.jupiter.api.BeforeAll
    static void importRealDays(@TempDir Path files) throws Exception {
        try (AppServices once = AppServices.open(new DataFolder(imported), Clock.systemDefaultZone())) {
            once.imports().importFile(RealArxivDays.snapshot(files));
        }
    }

    @BeforeEach
    void openACopy() throws Exception {
        copy(imported.resolve("library"), data.resolve("library"));
        app = AppServices.open(new DataFolder(data), Clock.systemDefaultZone());
        records = RealArxivDays.records();
        topic = records.stream().filter(r -> r.categories().contains(TOPIC)).toList();
    }

    /** Copies a library folder, its lock file left out (the copy is opened as a library of its own). */
    static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(from)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (java.nio.file.Files.isDirectory(path)) {
                    java.nio.file.Files.createDirectories(target);
                } else if (!path.getFileName().toString().endsWith(".lock")) {
                    java.nio.file.Files.copy(path, target);
                }
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    /** Words a title match would use: three letters or more, not the glue of titles ("for", "with", "via"...). */
    static final Set<String> GLUE = Set.of("the", "and", "for", "with", "via", "from", "over", "under", "into", "its",
            "non", "using", "based", "towards", "toward", "through");

    static Set<String> titleWords(String title) {
        Set<String> words = new HashSet<>();
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !GLUE.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private List<RealArxivDays.Record> starTopic() throws Exception {
        List<RealArxivDays.Record> starred = topic.subList(0, STARRED);
        app.marks().starAll(starred.stream().map(RealArxivDays.Record::id).toList());
        return starred;
    }

    private static List<String> ids(List<Recommendation> ranked) {
        return ranked.stream().map(r -> r.paper().id().value()).toList();
    }

    @Test
    void ranksUnseenPapersOnTheStarredTopicAboveTheRestWithoutATitleMatch() throws Exception {
        List<RealArxivDays.Record> starred = starTopic();
        Set<String> starredWords = starred.stream().flatMap(r -> titleWords(r.title()).stream())
                .collect(Collectors.toSet());
        List<String> unseen = topic.subList(STARRED, topic.size()).stream()
                .filter(r -> java.util.Collections.disjoint(titleWords(r.title()), starredWords))
                .map(RealArxivDays.Record::id).toList();
        assertThat(unseen).as("unseen topic papers sharing no title word with the starred ones").hasSizeGreaterThan(5);

        List<String> order = ids(app.forYou().recommend(null, null, false, records.size()));

        assertThat(order).hasSize(records.size() - STARRED).doesNotContainAnyElementsOf(
                starred.stream().map(RealArxivDays.Record::id).toList());
        List<Integer> ranks = unseen.stream().map(order::indexOf).sorted().toList();
        int topTenth = order.size() / 10;
        // By chance a tenth of them would be in the first tenth, and the median in the middle.
        assertThat(ranks.stream().filter(rank -> rank < topTenth).count())
                .as("ranks %s of %d", ranks, order.size()).isGreaterThanOrEqualTo(2L * ranks.size() / 3);
        assertThat(ranks.get(ranks.size() / 2)).as("median rank of %s", ranks).isLessThan(order.size() / 20);
    }

    @Test
    void whyNamesWordsOfThePaperItself() throws Exception {
        starTopic();
        List<Recommendation> best = app.forYou().recommend(Interest.STARRED, null, false, 10);

        assertThat(best).hasSize(10);
        for (Recommendation r : best) {
            assertThat(r.interest()).isEqualTo(Interest.STARRED);
            assertThat(r.score()).isBetween(0.0, 1.0);
            assertThat(r.why()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            assertThat(r.why()).extracting(WhyTerm::weight).allMatch(w -> w > 0)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            String text = (r.paper().paper().title() + " " + r.paper().paper().abstractText()).toLowerCase(Locale.ROOT);
            String authors = String.join(", ", r.paper().paper().authors()).toLowerCase(Locale.ROOT);
            for (WhyTerm why : r.why()) {
                if (why.term().startsWith("author: ")) {
                    assertThat(authors).contains(why.term().substring("author: ".length()));
                } else {
                    for (String word : why.term().split(" ")) {
                        assertThat(text).as("why %s of %s", why.term(), r.paper().id()).containsPattern(
                                "\\b" + java.util.regex.Pattern.quote(word) + "\\b");
                    }
                }
            }
        }
        assertThat(best.get(0).score()).isGreaterThanOrEqualTo(best.get(9).score());
        assertThat(app.forYou().why(best.get(0).paper().id())).get()
                .extracting(Recommendation::why).isEqualTo(best.get(0).why());
    }

    @Test
    void notInterestedLowersSimilarPapersAndResetForgetsIt() throws Exception {
        starTopic();
        List<Recommendation> ranked = app.forYou().recommend(null, null, false, 50);
        Set<String> inTopic = topic.stream().map(RealArxivDays.Record::id).collect(Collectors.toSet());
        // The best-ranked paper off the topic, and the paper most like it.
        Recommendation offTopic = ranked.stream().filter(r -> !inTopic.contains(r.paper().id().value()))
                .findFirst().orElseThrow();
        PaperId similar = app.search().related(offTopic.paper().id().value(), 5).stream()
                .map(p -> p.id()).filter(id -> !inTopic.contains(id.value())).findFirst().orElseThrow();
        double before = app.forYou().scores(List.of(similar)).get(similar).score();

        app.marks().notInterested(offTopic.paper().id().value());
        app.forYou().retrain();
        double after = app.forYou().scores(List.of(similar)).get(similar).score();

        assertThat(after).isLessThan(before);
        assertThat(app.forYou().recommend(null, null, false, 2000)).extracting(r -> r.paper().id())
                .doesNotContain(offTopic.paper().id());

        app.forYou().reset(Interest.STARRED);
        app.forYou().retrain();
        // The model before the mark, exactly: the same marks, the same sample and the same document frequencies,
        // though the mark left the paper's former document in the index until a merge drops it.
        assertThat(app.forYou().scores(List.of(similar)).get(similar).score()).isGreaterThan(after)
                .isEqualTo(before);
    }

    @Test
    void interestsNeedThreePapersAndCanBeSwitchedOff() throws Exception {
        assertThat(app.forYou().canRank()).isFalse();
        assertThat(app.forYou().ranking(20)).isEmpty();
        assertThat(ForYou.HOW_TO_START).contains("star at least 3 papers");
        assertThat(app.forYou().howToStart().orElseThrow()).as("nothing marked yet").isEqualTo(ForYou.HOW_TO_START);

        app.marks().tagAll(topic.subList(3, 5).stream().map(RealArxivDays.Record::id).toList(), List.of("two"));
        app.marks().star(topic.get(5).id());
        assertThat(app.forYou().canRank()).isFalse();
        assertThat(app.forYou().howToStart().orElseThrow()).as("how far the marks have come, the most papers first")
                .isEqualTo(ForYou.HOW_TO_START + " So far: 2 papers tagged two; 1 paper starred.");

        app.marks().tagAll(topic.subList(0, 3).stream().map(RealArxivDays.Record::id).toList(), List.of("coding"));

        assertThat(app.forYou().interests()).extracting(Interest::key, Interest::positives, Interest::ranks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("starred", 1, false),
                        org.assertj.core.groups.Tuple.tuple("tag:coding", 3, true),
                        org.assertj.core.groups.Tuple.tuple("tag:two", 2, false));
        assertThat(app.forYou().canRank()).isTrue();
        assertThat(app.forYou().ranking(20)).isNotEmpty().allMatch(r -> r.interest().equals("tag:coding"));
        assertThat(app.forYou().interests().get(1).trainedAt()).isNotNull();

        app.forYou().setEnabled("tag:coding", false);
        assertThat(app.forYou().canRank()).isFalse();
        assertThat(app.forYou().ranking(20)).isEmpty();
        assertThat(app.forYou().howToStart().orElseThrow()).as("not \"star at least 3 papers\" to a reader with papers enough")
                .isEqualTo("#coding (3 papers) is switched off, so For you has nothing to rank by: switch it on in"
                        + " Your interests, at the right end of the day bar.");
        app.close();
        app = AppServices.open(new DataFolder(data), Clock.systemDefaultZone());
        assertThat(app.forYou().interests()).filteredOn(i -> i.key().equals("tag:coding"))
                .extracting(Interest::enabled).containsExactly(false);
    }

    @Test
    void theForYouViewIsTheLatestDayAndUnreadPapersOfTheDaysBefore() throws Exception {
        starTopic();
        List<RealArxivDays.Record> latestDay = records.stream().filter(r -> r.id().compareTo("2606.31") >= 0).toList();
        List<PaperId> all = app.browse().ids(org.paperfeed.model.ViewQuery.ofDays(
                new org.paperfeed.model.DayRange(java.time.LocalDate.parse("2026-06-29"),
                        java.time.LocalDate.parse("2026-07-01"))));
        java.time.LocalDate latest = app.browse().latestDay().orElseThrow();
        List<PaperId> onLatest = app.browse().ids(org.paperfeed.model.ViewQuery.ofDays(
                org.paperfeed.model.DayRange.day(latest)));
        PaperId readEarlier = all.stream().filter(id -> !onLatest.contains(id)).filter(id ->
                topic.stream().noneMatch(r -> r.id().equals(id.value()))).findFirst().orElseThrow();
        PaperId readLatest = onLatest.stream().filter(id ->
                topic.stream().noneMatch(r -> r.id().equals(id.value()))).findFirst().orElseThrow();
        PaperId dismissed = onLatest.stream().filter(id -> !id.equals(readLatest)).filter(id ->
                topic.stream().noneMatch(r -> r.id().equals(id.value()))).findFirst().orElseThrow();
        app.marks().markRead(readEarlier.value());
        app.marks().markRead(readLatest.value());
        app.marks().notInterested(dismissed.value());

        List<PaperId> view = app.forYou().ranking(5000).stream().map(r -> r.paper().id()).toList();

        assertThat(view).contains(readLatest).doesNotContain(readEarlier, dismissed)
                .doesNotContainAnyElementsOf(topic.subList(0, STARRED).stream()
                        .map(r -> new PaperId(r.id())).toList());
        assertThat(view).hasSize(all.size() - 2 - STARRED);
        assertThat(latestDay).isNotEmpty();
    }

    @Test
    void retrainSoonTrainsInTheBackgroundAndSaysSo() throws Exception {
        java.util.concurrent.CountDownLatch retrained = new java.util.concurrent.CountDownLatch(1);
        app.events().subscribe(AppEvents.InterestsRetrained.class, e -> retrained.countDown());
        starTopic();

        app.forYou().retrainSoon();

        assertThat(retrained.await(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(app.forYou().interests().get(0).trainedAt()).isNotNull();
    }

    @Test
    void scoresKeptReadyAreExactlyThoseScoringAgainGivesAndAMarkRenewsThem() throws Exception {
        starTopic();
        app.forYou().scoreAhead();
        List<PaperId> view = app.forYou().feed(5000).best().stream().map(r -> r.paper().id()).toList();
        assertThat(view).hasSizeGreaterThan(100);

        java.util.Map<PaperId, Double> ready = scoresOf(app.forYou().scores(view));
        assertThat(ready).isEqualTo(plainScores(view));
        assertThat(app.forYou().feed(5000).best()).extracting(r -> r.paper().id()).as("the feed ranks the same")
                .containsExactlyElementsOf(app.forYou().ranking(5000).stream().map(r -> r.paper().id()).toList());
        assertThat(app.forYou().feed(5).best()).allMatch(r -> r.why().isEmpty());
        assertThat(app.forYou().feed(5).ranked()).as("the best five of every paper the feed ranked")
                .isEqualTo(view.size());
        assertThat(app.forYou().feed(5000).ranked()).as("all listed: ranked from just those").isEqualTo(view.size());

        // Reading a paper indexes it again, leaving its former document in the index until segments merge; the
        // model counts papers, not documents, so every score stays as it was.
        app.marks().markRead(view.get(0).value());
        assertThat(scoresOf(app.forYou().scores(view))).isEqualTo(plainScores(view)).isEqualTo(ready);

        // A mark the model learns from renews the scores kept ready.
        app.marks().notInterested(view.get(1).value());
        app.forYou().retrain();
        java.util.Map<PaperId, Double> afterMark = scoresOf(app.forYou().scores(view));
        assertThat(afterMark).isEqualTo(plainScores(view)).isNotEqualTo(ready);
    }

    /**
     * The feed keeps in the papers a visit to For you listed ({@code listed}), though read or starred since, so that
     * a reload leaves them where the reader read them; a paper dismissed stays out, and so does a paper of the days
     * before the latest read before the visit, as in the feed asked afresh.
     */
    @Test
    void theFeedKeepsInThePapersListedThoughReadOrStarredSinceButNotTheDismissedOrThoseReadBefore()
            throws Exception {
        starTopic();
        java.time.LocalDate latest = app.browse().latestDay().orElseThrow();
        Set<PaperId> latestDay = new HashSet<>(app.browse().ids(
                org.paperfeed.model.ViewQuery.ofDays(org.paperfeed.model.DayRange.day(latest))));
        List<PaperId> listed = feedIds(latest, Set.of());
        List<PaperId> earlier = listed.stream().filter(id -> !latestDay.contains(id)).limit(4).toList();
        assertThat(earlier).as("papers of the days before the latest in the feed").hasSize(4);
        PaperId read = earlier.get(0);
        PaperId starred = earlier.get(1);
        PaperId dismissed = earlier.get(2);
        PaperId readBefore = earlier.get(3);
        app.marks().markRead(read.value());
        app.marks().star(starred.value());
        app.marks().notInterested(dismissed.value());
        app.marks().markRead(readBefore.value());
        Set<PaperId> visit = new HashSet<>(listed);
        visit.remove(readBefore);

        assertThat(feedIds(latest, visit)).contains(read, starred).doesNotContain(dismissed, readBefore);
        assertThat(feedIds(latest, Set.of())).as("the feed asked afresh")
                .doesNotContain(read, starred, dismissed, readBefore);
    }

    private List<PaperId> feedIds(java.time.LocalDate latest, Set<PaperId> listed) throws Exception {
        return app.forYou().feed(5000, latest, listed).best().stream().map(r -> r.paper().id()).toList();
    }

    private static java.util.Map<PaperId, Double> scoresOf(
            java.util.Map<PaperId, org.paperfeed.app.foryou.InterestScore> scores) {
        java.util.Map<PaperId, Double> values = new java.util.HashMap<>();
        scores.forEach((id, s) -> values.put(id, s.score()));
        return values;
    }

    /** The same papers scored without anything kept: one interest (starred), scored on its own, term by term. */
    private java.util.Map<PaperId, Double> plainScores(List<PaperId> ids) throws Exception {
        java.util.Map<PaperId, Double> values = new java.util.HashMap<>();
        java.util.Set<PaperId> wanted = new java.util.HashSet<>(ids);
        app.forYou().recommend("starred", null, true, Integer.MAX_VALUE).stream()
                .filter(r -> wanted.contains(r.paper().id())).forEach(r -> values.put(r.paper().id(), r.score()));
        return values;
    }
}
