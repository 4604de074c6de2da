package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.foryou.Interest;
import org.paperfeed.app.foryou.LearningSettings;
import org.paperfeed.app.foryou.Recommender;
import org.paperfeed.app.foryou.TrainedModels;
import org.paperfeed.app.foryou.TrainingMarks;
import org.paperfeed.app.prefs.ForYouSettings;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperId;

/**
 * For you's cost on a library of {@code -Dbench.papers=N} papers: the first N real records of
 * {@code -Dbench.arxiv} when it holds that many, else {@link SyntheticArxiv}'s. Training time for 20, 200 and 2,000
 * starred papers (negatives: a sample of 20 per positive, at least 1,000), scoring a 1,000-paper day, the heap the
 * trained models and the training add, and the size of the features' term vectors on disk. Not a test.
 */
class ForYouCostBenchmark {

    private static final int[] LABELLED = java.util.stream.Stream.of(System.getProperty("bench.labelled",
            "20,200,2000").split(",")).mapToInt(Integer::parseInt).toArray();
    /** Keep a library an earlier run imported (same size) instead of importing again: for measuring code changes. */
    private static final boolean REUSE = Boolean.getBoolean("bench.reuse");
    private static final int DAY = 1000;

    @Test
    void run() throws Exception {
        int n = Integer.getInteger("bench.papers", 100_000);
        String existing = System.getProperty("bench.dataDir", "");
        Path dir;
        List<String> ids;
        boolean reuse;
        if (!existing.isBlank()) {
            // A library imported elsewhere (HugeLibraryBenchmark's 1M, copied): its own papers are starred and scored.
            dir = Path.of(existing); // a data folder (holding library/), not a bench folder (holding data/)
            ids = idsOf(dir.resolve("library"));
            n = ids.size();
            reuse = true;
            log("%,d papers (the existing library %s), load average %s", n, dir, loadAverage());
        } else {
            dir = Path.of(System.getProperty("bench.dir", "target/bench")).resolve("foryou-cost-" + n);
            Path source = Path.of(System.getProperty("bench.arxiv",
                    "/work/shared/data/real/arxiv-metadata.jsonl.gz"));
            reuse = REUSE && Files.isDirectory(dir.resolve("data/library/index"));
            if (!reuse) {
                BenchFolders.deleteTree(dir);
            }
            Files.createDirectories(dir);
            Path file = dir.resolve("papers.json");
            ids = new ArrayList<>();
            int real = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null && real < n; line = in.readLine()) {
                    out.println(line);
                    int start = line.indexOf("\"id\": \"") + 7;
                    ids.add(line.substring(start, line.indexOf('"', start)));
                    real++;
                }
            }
            if (real < n) {
                ids = new ArrayList<>(Arrays.asList(new SyntheticArxiv(n).write(file, n)));
            }
            log("%,d papers (%s), load average %s", n, real >= n ? "real records" : "synthetic", loadAverage());
        }
        Path file = dir.resolve("papers.json");
        Path data = existing.isBlank() ? dir.resolve("data") : dir;
        long t = System.nanoTime();
        try (AppServices app = AppServices.open(new DataFolder(data), Clock.systemUTC())) {
            if (reuse) {
                app.marks().unstarAll(everyStarred(ids)); // an earlier run's stars (unstarring all would reindex all)
                log("import: skipped, the library of an earlier run kept (-Dbench.reuse)");
            } else {
                app.imports().importFile(file);
                log("import: %.1f s (%.0f papers/s), load average %s", seconds(t), n / seconds(t), loadAverage());
            }
            log("term vectors on disk: %,d MB of an index of %,d MB", vectorBytes(data) >> 20,
                    BenchFolders.size(data.resolve("library/index")) >> 20);
            long before = usedHeap();
            List<String> previous = List.of();
            for (int labelled : LABELLED) {
                if (!previous.isEmpty()) {
                    app.marks().unstarAll(previous);
                }
                List<String> starred = starred(ids, labelled);
                app.marks().starAll(starred);
                previous = starred;
                t = System.nanoTime();
                long cpu = cpuNanos();
                app.forYou().retrain();
                log("train with %,d starred: %.0f ms, CPU %.0f ms (load average %s)", labelled, seconds(t) * 1000,
                        (cpuNanos() - cpu) / 1e6, loadAverage());
                if (labelled <= 200) {
                    // What a star costs in the window: one more paper, the rest trained on before.
                    String extra = ids.get(ids.size() / 2 + 1);
                    app.marks().star(extra);
                    t = System.nanoTime();
                    cpu = cpuNanos();
                    app.forYou().retrain();
                    log("retrain after one more star (%,d starred): %.0f ms, CPU %.0f ms (load average %s)",
                            labelled + 1, seconds(t) * 1000, (cpuNanos() - cpu) / 1e6, loadAverage());
                    app.marks().unstar(extra);
                }
            }
            log("heap added by For you (models and what training keeps): %.1f MB",
                    (usedHeap() - before) / 1048576.0);
            List<PaperId> day = new ArrayList<>();
            for (int i = 0; i < DAY; i++) {
                day.add(new PaperId(ids.get(ids.size() - 1 - i)));
            }
            double[] ms = new double[7];
            double[] cpuMs = new double[7];
            for (int round = 0; round < ms.length; round++) {
                if (round > 0) {
                    // A mark elsewhere commits the index: the day's scores kept before no longer hold, so this round
                    // scores the day again (what the background does after each change).
                    app.marks().markRead(ids.get(round));
                }
                t = System.nanoTime();
                long cpu = cpuNanos();
                app.forYou().scores(day);
                ms[round] = seconds(t) * 1000;
                cpuMs[round] = (cpuNanos() - cpu) / 1e6;
            }
            double first = ms[0];
            double firstCpu = cpuMs[0];
            Arrays.sort(ms);
            Arrays.sort(cpuMs);
            log("score a %,d-paper day: first %.0f ms (CPU %.0f ms), after a change median %.0f ms (CPU %.0f ms), "
                    + "min %.0f ms, max %.0f ms (load average %s)", DAY, first, firstCpu, ms[ms.length / 2],
                    cpuMs[ms.length / 2], ms[0], ms[ms.length - 1], loadAverage());
            for (int round = 0; round < ms.length; round++) {
                t = System.nanoTime();
                long cpu = cpuNanos();
                app.forYou().scores(day);
                ms[round] = seconds(t) * 1000;
                cpuMs[round] = (cpuNanos() - cpu) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpuMs);
            log("score a %,d-paper day scored ahead (what opening it waits for): median %.1f ms (CPU %.1f ms), "
                    + "max %.1f ms (load average %s)", DAY, ms[ms.length / 2], cpuMs[ms.length / 2], ms[ms.length - 1],
                    loadAverage());
            app.marks().markRead(ids.get(0));
            t = System.nanoTime();
            long cpu = cpuNanos();
            app.forYou().scoreAhead();
            log("score the For you view ahead (background, after a change): %.0f ms (CPU %.0f ms)",
                    seconds(t) * 1000, (cpuNanos() - cpu) / 1e6);
            t = System.nanoTime();
            cpu = cpuNanos();
            int feed = app.forYou().feed(1000).best().size();
            log("open For you (feed of %,d papers, scored ahead): %.0f ms (CPU %.0f ms)", feed, seconds(t) * 1000,
                    (cpuNanos() - cpu) / 1e6);
            app.marks().markUnread(ids.get(0));
            t = System.nanoTime();
            cpu = cpuNanos();
            feed = app.forYou().ranking(1000).size();
            log("rank For you with reasons for every paper (not scored ahead, as before this change): %,d papers "
                    + "%.0f ms (CPU %.0f ms) (load average %s)", feed, seconds(t) * 1000, (cpuNanos() - cpu) / 1e6,
                    loadAverage());
            log("heap added by For you after scoring (models, caches): %.1f MB", (usedHeap() - before) / 1048576.0);
            t = System.nanoTime();
            cpu = cpuNanos();
            int built = app.forYou().buildDocFreqTables();
            log("document-frequency tables: %d built in %.0f ms (CPU %.0f ms), %,d MB on disk beside an index of "
                    + "%,d MB (load average %s)", built, seconds(t) * 1000, (cpuNanos() - cpu) / 1e6,
                    BenchFolders.size(tables(data)) >> 20, BenchFolders.size(data.resolve("library/index")) >> 20,
                    loadAverage());
        }
        // The same repeated rows without the tables (moved aside: a cache that is missing) and with them.
        Path aside = tables(data).resolveSibling("docfreqs.aside");
        BenchFolders.deleteTree(aside);
        Files.createDirectories(tables(data));
        Files.move(tables(data), aside);
        repeats(data, ids, "no tables");
        Files.move(aside, tables(data));
        repeats(data, ids, "tables");
    }

    private static Path tables(Path data) {
        return data.resolve("library/docfreqs");
    }

    /** Every paper's id in the library, sorted (so the last are the newest arXiv ids, the "day" scored). */
    private static List<String> idsOf(Path library) throws Exception {
        try (PaperLibrary opened = PaperLibrary.openReadOnly(library, Clock.systemUTC())) {
            return opened.ids(new org.paperfeed.library.LibraryQuery("", org.paperfeed.model.PaperFilter.NONE,
                    org.paperfeed.model.SortOrder.DATE, 10, 0)).stream().map(PaperId::value).sorted().toList();
        }
    }

    /**
     * The same work done {@code -Dbench.repeats} times (5) on the library as the run left it, each time with a fresh
     * {@link Recommender} (nothing kept: as after a start; the first also opens and checks the document-frequency
     * tables, as the first training after a start does), so that the minimum CPU time compares code changes on a
     * shared machine: training 200 stars, a retrain after one more, scoring the 1,000-paper day first and again.
     */
    private static void repeats(Path data, List<String> ids, String label) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 5);
        if (repeats <= 0) {
            return;
        }
        List<PaperId> day = new ArrayList<>();
        for (int i = 0; i < DAY; i++) {
            day.add(new PaperId(ids.get(ids.size() - 1 - i)));
        }
        java.util.Set<PaperId> stars = new java.util.LinkedHashSet<>();
        starred(ids, 200).forEach(id -> stars.add(new PaperId(id)));
        java.util.Set<PaperId> more = new java.util.LinkedHashSet<>(stars);
        more.add(new PaperId(ids.get(ids.size() / 2 + 1)));
        TrainingMarks two = new TrainingMarks(java.util.Map.of(Interest.STARRED, stars), java.util.Set.of(),
                ForYouSettings.DEFAULT);
        TrainingMarks oneMore = new TrainingMarks(java.util.Map.of(Interest.STARRED, more), java.util.Set.of(),
                ForYouSettings.DEFAULT);
        double[][] cpu = new double[4][repeats];
        double[][] wall = new double[4][repeats];
        try (PaperLibrary library = PaperLibrary.openReadOnly(data.resolve("library"),
                Clock.systemUTC())) {
            for (int r = 0; r < repeats; r++) {
                Recommender recommender = new Recommender(LearningSettings.DEFAULT);
                long t = cpuNanos();
                long w = System.nanoTime();
                TrainedModels models = recommender.train(library, two, java.time.Instant.EPOCH);
                cpu[0][r] = (cpuNanos() - t) / 1e6;
                wall[0][r] = (System.nanoTime() - w) / 1e6;
                t = cpuNanos();
                w = System.nanoTime();
                models = recommender.train(library, oneMore, java.time.Instant.EPOCH, models);
                cpu[1][r] = (cpuNanos() - t) / 1e6;
                wall[1][r] = (System.nanoTime() - w) / 1e6;
                t = cpuNanos();
                w = System.nanoTime();
                recommender.score(library, models, day, null, false);
                cpu[2][r] = (cpuNanos() - t) / 1e6;
                wall[2][r] = (System.nanoTime() - w) / 1e6;
                t = cpuNanos();
                w = System.nanoTime();
                recommender.score(library, models, day, null, false);
                cpu[3][r] = (cpuNanos() - t) / 1e6;
                wall[3][r] = (System.nanoTime() - w) / 1e6;
            }
        }
        String[] names = {"train 200 stars, nothing kept", "retrain after one more star", "score the day, first",
            "score the day again (nothing cached but what scoring keeps)"};
        for (int i = 0; i < names.length; i++) {
            double[] sorted = cpu[i].clone();
            Arrays.sort(sorted);
            double[] wallSorted = wall[i].clone();
            Arrays.sort(wallSorted);
            log("repeated x%d, %s, %s: CPU min %.0f ms, median %.0f ms, first %.0f ms; wall min %.0f ms, median "
                    + "%.0f ms, first %.0f ms (load average %s)", repeats, label, names[i], sorted[0],
                    sorted[repeats / 2], cpu[i][0], wallSorted[0], wallSorted[repeats / 2], wall[i][0], loadAverage());
        }
    }

    /** The papers a run stars for {@code labelled}: spread evenly over the library. */
    private static List<String> starred(List<String> ids, int labelled) {
        List<String> starred = new ArrayList<>();
        for (int i = 0; i < labelled; i++) {
            starred.add(ids.get((int) ((long) i * ids.size() / labelled)));
        }
        return starred;
    }

    private static List<String> everyStarred(List<String> ids) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (int labelled : new int[] {20, 200, 2000}) {
            all.addAll(starred(ids, labelled));
        }
        return new ArrayList<>(all);
    }

    /** The 1-, 5- and 15-minute load averages (the machine is shared; every figure is printed beside them). */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * CPU time of this thread: on a machine shared at a load average of 20 a thread gets a tenth of a core, so the
     * wall time says more about the others than about For you; training and scoring run on the calling thread.
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long vectorBytes(Path data) throws Exception {
        try (var files = Files.walk(data.resolve("library/index"))) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.tv[dxm]$")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[foryou-cost] " + format + "%n", args);
    }
}
