package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceInfo;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperState;

/**
 * Kills a PaperFeed process with SIGKILL at random moments while it imports, refreshes, stars, tags, marks papers
 * read and not interested, marks several at once and adds and removes mute rules, and after each kill checks that
 * every change it had reported done is there (a batch in flight all there or not at all, mute rules under the ids
 * they were given), that an import or refresh in
 * flight is all there or not at all, that no paper is there twice, that Lucene's CheckIndex finds the index clean,
 * and that refreshing again brings every source's papers, whatever the kill left in the HTTP cache.
 *
 * <p>{@value #DEFAULT_KILLS} kills in a plain {@code ./mvnw verify}; {@code ./mvnw -Pcrash verify} runs 200 (or
 * {@code -Dpaperfeed.crash.kills=N}). The seed is printed; {@code -Dpaperfeed.crash.seed=S} replays a run.
 */
class CrashSafetyTest {

    static final int DEFAULT_KILLS = 8;
    private static final int KILLS = Integer.getInteger("paperfeed.crash.kills", DEFAULT_KILLS);
    private static final long SEED = Long.getLong("paperfeed.crash.seed", System.nanoTime());

    @TempDir
    Path work;

    @StartStop
    private final MockWebServer feeds = new MockWebServer();

    @Test
    void everyAcknowledgedChangeSurvivesSigkillAndTheIndexStaysClean() throws Exception {
        System.out.printf("CrashSafetyTest: %d kills, seed %d (replay with -Dpaperfeed.crash.seed=%d)%n", KILLS, SEED,
                SEED);
        Random random = new Random(SEED);
        Path inputs = work.resolve("inputs");
        Corpus.write(inputs);
        CorpusServer server = new CorpusServer(inputs);
        feeds.setDispatcher(server);
        String feedsUrl = feeds.url("/").toString().replaceAll("/$", "");
        DataFolder data = new DataFolder(work.resolve("data"));
        Model model = new Model();
        // One import before any kill, so the index has a commit: an empty index beside kept digests is rebuilt, which
        // DamagedIndexRecoveryTest covers, and here any rebuild would be a failure.
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            app.imports().importFile(Corpus.file(inputs, 0));
            model.present.addAll(Corpus.ids(0));
        }
        Stats stats = new Stats();
        long start = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            long childSeed = random.nextLong();
            // One kill in five lands while the library opens (replaying the journal, compacting it, repairing the
            // index's copy of the marks). The rest land after the child finished a random number of operations, at a
            // random moment into the next ones: counting operations rather than milliseconds keeps a loaded machine
            // from shrinking the work each kill interrupts.
            boolean opening = random.nextInt(5) == 0;
            int operations = opening ? 0 : random.nextInt(16);
            int delay = opening ? random.nextInt(400) : random.nextInt(250);
            String where = "kill " + kill + " of " + KILLS + " (seed " + SEED + ", child seed " + childSeed + ", "
                    + delay + " ms after " + (opening ? "OPENING" : operations + " operations") + ")";
            Path transcript = work.resolve("transcript-" + kill + ".txt");
            try (ChildProcess child = ChildProcess.start("loop", data.path().toString(), inputs.toString(),
                    Long.toString(childSeed), transcript.toString(), feedsUrl)) {
                boolean there = awaitTranscript(child, transcript, lines -> opening ? lines.contains("OPENING")
                        : lines.contains("READY") && Collections.frequency(lines, "DONE") >= operations);
                assertThat(there).as(where + ": the child got there; its errors: " + child.errors()).isTrue();
                Thread.sleep(delay);
                assertThat(child.isAlive()).as(where + ": the child failed by itself: " + child.errors()).isTrue();
                child.kill();
            }
            Transcript said = Transcript.read(transcript, where);
            assertClean(data.library().resolve("index"), where);
            try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
                assertThat(app.recovered()).as(where + ": a crash must never look like damage").isEmpty();
                model.verifyAndAdopt(app, said, where, stats);
                server.takeAnsweredNotModified();
                model.refreshEverySource(app, where);
                stats.cachedButNotImported += model.importedAfterA304(server.takeAnsweredNotModified());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("CrashSafetyTest: %d kills in %d ms (%d ms per kill cycle); %d acknowledged operations "
                        + "checked (%d refreshes); %d kills before the library was open; in flight at the kill: %d "
                        + "applied, %d not; refreshing again imported %d copies the HTTP cache had and the library had not%n",
                KILLS, millis, millis / Math.max(1, KILLS), stats.acknowledged, stats.refreshes, stats.beforeReady,
                stats.inFlightApplied, stats.inFlightLost, stats.cachedButNotImported);
    }

    /** Waits until the child's transcript is {@code there}; false if it is not within a minute or the child died. */
    private static boolean awaitTranscript(ChildProcess child, Path transcript, Predicate<List<String>> there)
            throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (there.test(Transcript.completeLines(transcript))) {
                return true;
            }
            if (!child.isAlive()) {
                return there.test(Transcript.completeLines(transcript));
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static void assertClean(Path index, String where) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
            CheckIndex.Status status = check.checkIndex();
            assertThat(status.clean).as(where + ": CheckIndex").isTrue();
        }
    }

    private static final class Stats {
        int acknowledged;
        int refreshes;
        int cachedButNotImported;
        int beforeReady;
        int inFlightApplied;
        int inFlightLost;
    }

    /** What the child said: the operations it reported done, in order, and the one it had begun when it died. */
    record Transcript(boolean ready, List<String> done, String inFlight, List<String> lines) {

        /** Every line the child wrote about {@code id}, for a failure message a later reader can reason from. */
        String about(String id) {
            return lines.stream().filter(l -> l.contains(id)).toList() + " of " + lines.size() + " lines";
        }

        /**
         * The child's transcript. Anything but the workload's own lines in their order means the harness, not the
         * library, is wrong, and fails here rather than as a lost mark.
         */
        static Transcript read(Path file, String where) throws IOException {
            List<String> lines = completeLines(file);
            List<String> done = new ArrayList<>();
            String current = null;
            boolean ready = false;
            for (String line : lines) {
                if (line.equals("OPENING") || line.equals("READY")) {
                    ready |= line.equals("READY");
                } else if (line.startsWith("BEGIN ") && current == null) {
                    current = line.substring("BEGIN ".length());
                } else if (line.equals("DONE") && current != null) {
                    done.add(current);
                    current = null;
                } else {
                    throw new AssertionError(where + ": the transcript is out of order at \"" + line
                            + "\" (in flight: " + current + "): " + lines);
                }
            }
            return new Transcript(ready, done, current, List.copyOf(lines));
        }

        /** The lines ended by a newline: a last line without one was cut by the kill and never finished. */
        static List<String> completeLines(Path file) throws IOException {
            if (!Files.exists(file)) {
                return List.of();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            lines.remove(lines.size() - 1);
            return lines;
        }
    }

    /** What the library must hold: the papers imported, the sources added, each paper's marks, as acknowledged. */
    private static final class Model {
        final Set<String> present = new HashSet<>();
        final Set<String> sources = new HashSet<>();
        final Map<String, PaperState> states = new HashMap<>();
        /** The mute rules as last seen, by id, and every id ever seen: an id is never given to another rule. */
        final Map<String, String> rules = new HashMap<>();
        final Map<String, String> everyRule = new HashMap<>();
        /** The rules acknowledged since the last check: queries added, ids removed. */
        final List<String> rulesAdded = new ArrayList<>();
        final Set<String> rulesRemoved = new HashSet<>();
        /** Files whose papers only the refresh after the kill brought. */
        final Set<Integer> filledIn = new HashSet<>();

        void verifyAndAdopt(AppServices app, Transcript said, String where, Stats stats) throws Exception {
            said.done().forEach(this::apply);
            stats.acknowledged += said.done().size();
            stats.refreshes += (int) said.done().stream().filter(op -> op.startsWith("refresh ")).count();
            if (!said.ready()) {
                stats.beforeReady++;
            }
            List<LibraryPaper> papers = app.search().list(PaperFilter.NONE, 100_000);
            Map<String, PaperState> actual = new HashMap<>();
            for (LibraryPaper paper : papers) {
                assertThat(actual.put(paper.id().value(), paper.state())).as(where + ": " + paper.id() + " twice")
                        .isNull();
            }
            assertThat(app.search().size()).as(where + ": index size").isEqualTo(papers.size());

            Set<String> extra = new HashSet<>(actual.keySet());
            extra.removeAll(present);
            Set<String> missing = new HashSet<>(present);
            missing.removeAll(actual.keySet());
            assertThat(missing).as(where + ": acknowledged imports lost").isEmpty();
            Set<String> newFromInFlight = new HashSet<>();
            if (said.inFlight() != null && addsPapers(said.inFlight())) {
                newFromInFlight.addAll(Corpus.ids(fileOf(said.inFlight())));
                newFromInFlight.removeAll(present);
            }
            assertThat(extra).as(where + ": an import is all or nothing (in flight: " + said.inFlight() + ")")
                    .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).isEqualTo(newFromInFlight));

            boolean inFlightApplied = !extra.isEmpty();
            int batchChanges = 0;
            int batchApplied = 0;
            for (Map.Entry<String, PaperState> e : actual.entrySet()) {
                PaperState expected = states.getOrDefault(e.getKey(), PaperState.UNTOUCHED);
                PaperState withInFlight = said.inFlight() != null && isMarkOn(said.inFlight(), e.getKey())
                        ? applied(expected, said.inFlight()) : expected;
                assertThat(e.getValue()).as(where + ": marks of " + e.getKey() + " (in flight: " + said.inFlight()
                        + "; the child said " + said.about(e.getKey()) + ")").isIn(expected, withInFlight);
                boolean applied = !withInFlight.equals(expected) && e.getValue().equals(withInFlight);
                inFlightApplied |= applied;
                if (!withInFlight.equals(expected)) {
                    batchChanges++;
                    batchApplied += applied ? 1 : 0;
                }
            }
            assertThat(batchApplied).as(where + ": a batch is all or nothing (in flight: " + said.inFlight() + ")")
                    .isIn(0, batchChanges);
            inFlightApplied |= verifyMuteRules(app, said, where);
            assertIndexMirrorsJournal(app, actual, where);

            Set<String> actualSources = corpusSources(app);
            Set<String> extraSources = new HashSet<>(actualSources);
            extraSources.removeAll(sources);
            assertThat(actualSources).as(where + ": acknowledged sources").containsAll(sources);
            String sourceInFlight = said.inFlight() != null && said.inFlight().startsWith("source ")
                    ? Corpus.sourceName(fileOf(said.inFlight())) : null;
            assertThat(extraSources).as(where + ": sources added (in flight: " + said.inFlight() + ")")
                    .isSubsetOf(sourceInFlight == null ? Set.of() : Set.of(sourceInFlight));
            inFlightApplied |= !extraSources.isEmpty();

            if (said.inFlight() != null) {
                if (inFlightApplied) {
                    stats.inFlightApplied++;
                } else {
                    stats.inFlightLost++;
                }
            }
            present.clear();
            present.addAll(actual.keySet());
            states.clear();
            states.putAll(actual);
            sources.clear();
            sources.addAll(actualSources);
        }

        /**
         * Every acknowledged rule is there under the id it had, every acknowledged removal is gone, a rule in flight
         * is there or not, and no id was given to two rules. True when the rule change in flight was applied.
         */
        private boolean verifyMuteRules(AppServices app, Transcript said, String where) {
            Map<String, String> actual = new HashMap<>();
            app.muteRules().list().forEach(rule -> actual.put(rule.id(), rule.query()));
            String inFlight = said.inFlight() == null ? "" : said.inFlight();
            String removingId = inFlight.startsWith("muteremove ") ? inFlight.split(" ", 3)[1] : null;
            String removingQuery = inFlight.startsWith("muteremove ") ? inFlight.split(" ", 3)[2] : null;
            for (Map.Entry<String, String> rule : rules.entrySet()) {
                boolean removing = rule.getKey().equals(removingId);
                if (rulesRemoved.contains(rule.getKey())) {
                    assertThat(actual).as(where + ": removed mute rule " + rule.getKey()).doesNotContainKey(rule.getKey());
                } else if (!removing) {
                    assertThat(actual).as(where + ": mute rule " + rule.getKey()).containsEntry(rule.getKey(),
                            rule.getValue());
                }
            }
            List<String> added = new ArrayList<>();
            actual.forEach((id, query) -> {
                if (!rules.containsKey(id)) {
                    assertThat(everyRule.getOrDefault(id, query)).as(where + ": mute rule id " + id + " reused")
                            .isEqualTo(query);
                    added.add(query);
                }
            });
            List<String> expected = new ArrayList<>(rulesAdded);
            boolean applied = false;
            if (inFlight.startsWith("muteadd ") && added.size() == expected.size() + 1) {
                expected.add(inFlight.substring("muteadd ".length()));
                applied = true;
            }
            if (removingId != null && !rules.containsKey(removingId) && added.size() == expected.size() - 1) {
                // Removing a rule added since the last check, and the removal made it to disk.
                expected.remove(removingQuery);
                applied = true;
            }
            applied |= removingId != null && rules.containsKey(removingId) && !actual.containsKey(removingId);
            assertThat(added).as(where + ": mute rules added (in flight: " + inFlight + ")")
                    .containsExactlyInAnyOrderElementsOf(expected);
            rules.clear();
            rules.putAll(actual);
            everyRule.putAll(actual);
            rulesAdded.clear();
            rulesRemoved.clear();
            return applied;
        }

        /**
         * A refresh the kill cut short may have left its download in the HTTP cache and not in the library; the
         * server then answers the next refresh with a 304. Refreshing again must still bring every source's papers.
         */
        void refreshEverySource(AppServices app, String where) throws Exception {
            if (sources.isEmpty()) {
                return;
            }
            List<RefreshReport> reports = app.refresh().refresh(List.copyOf(sources), null);
            assertThat(reports).as(where + ": refreshing every source again").noneMatch(RefreshReport::failed);
            for (RefreshReport report : reports) {
                List<String> ids = Corpus.ids(Integer.parseInt(report.source().substring("daily-".length())));
                for (String id : ids) {
                    assertThat(app.search().find(id)).as(where + ": " + id + " after refreshing " + report.source()
                            + " again (" + report.summary() + ")").isPresent();
                }
                if (report.result() == RefreshReport.Result.IMPORTED && !present.containsAll(ids)) {
                    filledIn.add(Integer.parseInt(report.source().substring("daily-".length())));
                }
                present.addAll(ids);
            }
        }

        /** How many of the sources the last refresh filled in had their copy in the HTTP cache only. */
        int importedAfterA304(Set<String> answeredNotModified) {
            int count = (int) filledIn.stream().filter(file -> answeredNotModified.contains(Corpus.path(file))).count();
            filledIn.clear();
            return count;
        }

        private static Set<String> corpusSources(AppServices app) throws Exception {
            Set<String> names = new HashSet<>();
            for (SourceInfo source : app.sources().list()) {
                if (source.name().startsWith("daily-")) {
                    names.add(source.name());
                }
            }
            return names;
        }

        /** The filters run on the index's copy of the marks: after recovery it must agree with the journal. */
        private static void assertIndexMirrorsJournal(AppServices app, Map<String, PaperState> actual, String where)
                throws Exception {
            long starred = actual.values().stream().filter(PaperState::starred).count();
            assertThat(app.search().list(new PaperFilter(true, false, null), 100_000)).as(where + ": is:starred")
                    .hasSize((int) starred);
            long noted = actual.values().stream().filter(PaperState::hasNote).count();
            assertThat(app.search().search("is:noted", PaperFilter.NONE, org.paperfeed.model.SortOrder.DATE, 0)
                    .totalHits()).as(where + ": is:noted").isEqualTo(noted);
            for (String tag : Corpus.TAGS) {
                long tagged = actual.values().stream().filter(s -> s.tags().contains(tag)).count();
                assertThat(app.search().list(new PaperFilter(false, false, tag), 100_000)).as(where + ": tag " + tag)
                        .hasSize((int) tagged);
            }
        }

        private static boolean isMarkOn(String operation, String id) {
            String[] parts = operation.split(" ", 3);
            return !addsPapers(operation) && !operation.startsWith("source ") && !operation.startsWith("mute")
                    && List.of(parts[1].split(",")).contains(id);
        }

        private static boolean addsPapers(String operation) {
            return operation.startsWith("import ") || operation.startsWith("refresh ");
        }

        private static int fileOf(String operation) {
            return Integer.parseInt(operation.split(" ", 3)[1]);
        }

        private void apply(String operation) {
            if (addsPapers(operation)) {
                present.addAll(Corpus.ids(fileOf(operation)));
            } else if (operation.startsWith("source ")) {
                sources.add(Corpus.sourceName(fileOf(operation)));
            } else if (operation.startsWith("muteadd ")) {
                rulesAdded.add(operation.substring("muteadd ".length()));
            } else if (operation.startsWith("muteremove ")) {
                String[] rule = operation.substring("muteremove ".length()).split(" ", 2);
                if (rules.containsKey(rule[0])) {
                    rulesRemoved.add(rule[0]);
                } else {
                    // A rule added since the last check: it was acknowledged, then removed.
                    rulesAdded.remove(rule[1]);
                }
            } else {
                for (String id : operation.split(" ", 3)[1].split(",")) {
                    states.put(id, applied(states.getOrDefault(id, PaperState.UNTOUCHED), operation));
                }
            }
        }

        private static PaperState applied(PaperState state, String operation) {
            String[] parts = operation.split(" ", 3);
            return switch (parts[0]) {
                case "star" -> state.withStarred(true);
                case "unstar" -> state.withStarred(false);
                case "read" -> state.withRead(true);
                case "unread" -> state.withRead(false);
                case "tag" -> state.withTags(List.of(parts[2]));
                case "untag" -> state.withoutTags(List.of(parts[2]));
                case "notinterested" -> state.withNotInterested(true);
                case "interested" -> state.withNotInterested(false);
                case "readall" -> state.withRead(true);
                case "starall" -> state.withStarred(true);
                case "note" -> state.withNote(parts[2]);
                case "clearnote" -> state.withNote("");
                default -> throw new IllegalArgumentException(operation);
            };
        }
    }
}
