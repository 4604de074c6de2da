package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperState;

/**
 * Kills a PaperFeed process with SIGKILL at random moments while it imports, stars, tags and marks papers read, and
 * after each kill checks that every change it had reported done is there, that an import in flight is all there or
 * not at all, that no paper is there twice, and that Lucene's CheckIndex finds the index clean.
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

    @Test
    void everyAcknowledgedChangeSurvivesSigkillAndTheIndexStaysClean() throws Exception {
        System.out.printf("CrashSafetyTest: %d kills, seed %d (replay with -Dpaperfeed.crash.seed=%d)%n", KILLS, SEED,
                SEED);
        Random random = new Random(SEED);
        Path inputs = work.resolve("inputs");
        Corpus.write(inputs);
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
            // index's copy of the marks); the rest while it imports and marks.
            String phase = random.nextInt(5) == 0 ? "OPENING" : "READY";
            int delay = phase.equals("OPENING") ? random.nextInt(400) : random.nextInt(1000);
            String where = "kill " + kill + " of " + KILLS + " (seed " + SEED + ", child seed " + childSeed + ", "
                    + delay + " ms after " + phase + ")";
            Path transcript = work.resolve("transcript-" + kill + ".txt");
            try (ChildProcess child = ChildProcess.start("loop", data.path().toString(), inputs.toString(),
                    Long.toString(childSeed), transcript.toString())) {
                assertThat(awaitLine(child, transcript, phase)).as(where + ": the child started").isTrue();
                Thread.sleep(delay);
                child.kill();
            }
            Transcript said = Transcript.read(transcript, where);
            assertClean(data.library().resolve("index"), where);
            try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
                assertThat(app.recovered()).as(where + ": a crash must never look like damage").isEmpty();
                model.verifyAndAdopt(app, said, where, stats);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("CrashSafetyTest: %d kills in %d ms (%d ms per kill cycle); %d acknowledged operations "
                        + "checked; %d kills before the library was open; in flight at the kill: %d applied, %d not%n",
                KILLS, millis, millis / Math.max(1, KILLS), stats.acknowledged, stats.beforeReady, stats.inFlightApplied,
                stats.inFlightLost);
    }

    /** Waits until the child wrote {@code line} to its transcript; false if it did not within a minute or died. */
    private static boolean awaitLine(ChildProcess child, Path transcript, String line) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (Transcript.completeLines(transcript).contains(line)) {
                return true;
            }
            if (!child.isAlive()) {
                return Transcript.completeLines(transcript).contains(line);
            }
            Thread.sleep(5);
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

    /** What the library must hold: the papers imported and each paper's marks, as acknowledged so far. */
    private static final class Model {
        final Set<String> present = new HashSet<>();
        final Map<String, PaperState> states = new HashMap<>();

        void verifyAndAdopt(AppServices app, Transcript said, String where, Stats stats) throws Exception {
            said.done().forEach(this::apply);
            stats.acknowledged += said.done().size();
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
            if (said.inFlight() != null && said.inFlight().startsWith("import ")) {
                newFromInFlight.addAll(Corpus.ids(Integer.parseInt(said.inFlight().substring("import ".length()))));
                newFromInFlight.removeAll(present);
            }
            assertThat(extra).as(where + ": an import is all or nothing (in flight: " + said.inFlight() + ")")
                    .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).isEqualTo(newFromInFlight));

            boolean inFlightApplied = !extra.isEmpty();
            for (Map.Entry<String, PaperState> e : actual.entrySet()) {
                PaperState expected = states.getOrDefault(e.getKey(), PaperState.UNTOUCHED);
                PaperState withInFlight = said.inFlight() != null && isMarkOn(said.inFlight(), e.getKey())
                        ? applied(expected, said.inFlight()) : expected;
                assertThat(e.getValue()).as(where + ": marks of " + e.getKey() + " (in flight: " + said.inFlight()
                        + "; the child said " + said.about(e.getKey()) + ")").isIn(expected, withInFlight);
                inFlightApplied |= !withInFlight.equals(expected) && e.getValue().equals(withInFlight);
            }
            assertIndexMirrorsJournal(app, actual, where);
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
        }

        /** The filters run on the index's copy of the marks: after recovery it must agree with the journal. */
        private static void assertIndexMirrorsJournal(AppServices app, Map<String, PaperState> actual, String where)
                throws Exception {
            long starred = actual.values().stream().filter(PaperState::starred).count();
            assertThat(app.search().list(new PaperFilter(true, false, null), 100_000)).as(where + ": is:starred")
                    .hasSize((int) starred);
            for (String tag : Corpus.TAGS) {
                long tagged = actual.values().stream().filter(s -> s.tags().contains(tag)).count();
                assertThat(app.search().list(new PaperFilter(false, false, tag), 100_000)).as(where + ": tag " + tag)
                        .hasSize((int) tagged);
            }
        }

        private static boolean isMarkOn(String operation, String id) {
            String[] parts = operation.split(" ", 3);
            return !parts[0].equals("import") && parts[1].equals(id);
        }

        private void apply(String operation) {
            String[] parts = operation.split(" ", 3);
            if (parts[0].equals("import")) {
                present.addAll(Corpus.ids(Integer.parseInt(parts[1])));
                return;
            }
            states.put(parts[1], applied(states.getOrDefault(parts[1], PaperState.UNTOUCHED), operation));
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
                default -> throw new IllegalArgumentException(operation);
            };
        }
    }
}
