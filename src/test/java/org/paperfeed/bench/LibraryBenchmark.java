package org.paperfeed.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperfeed.ui.WindowTimings;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.ImportReport;
import org.paperfeed.bench.QueryMix.BenchQuery;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * PaperFeed beside raw Lucene on a synthetic library of {@code -Dbench.papers=N} papers (default 100,000): import
 * throughput, search latency, heap, size on disk. Run by {@code ./mvnw -Pbench verify}, never by the default build;
 * prints a table and writes {@code target/bench.json}. {@code -Dbench.rows=import} runs the import rows only. Figures only, no assertions: this is not a test.
 */
class LibraryBenchmark {

    private static final int MARKS = 150;
    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 3;
    private static final int WINDOW_QUERIES = 40;

    private final BenchFigures figures = new BenchFigures();

    @Test
    void run() throws Exception {
        boolean real = "real".equals(System.getProperty("bench.corpus"));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        long t = System.nanoTime();
        Path file;
        String[] ids;
        List<BenchQuery> mix;
        if (real) {
            RealCorpus corpus = RealCorpus.read(Path.of(System.getProperty("bench.realFile",
                    RealCorpus.DEFAULT_FILE.toString())));
            file = corpus.file;
            ids = corpus.ids;
            mix = QueryMix.build(corpus);
            log("real corpus %s: %,d papers, read in %.1f s", file, ids.length, seconds(t));
        } else {
            int papers = Integer.getInteger("bench.papers", 100_000);
            SyntheticArxiv corpus = new SyntheticArxiv(papers);
            file = dir.resolve("arxiv-" + papers + ".json");
            ids = corpus.write(file, papers);
            mix = QueryMix.build(corpus);
            log("generated %s (%,d MB) in %.1f s", file, Files.size(file) >> 20, seconds(t));
        }
        int n = ids.length;
        figures.machine(n);
        Set<String> starred = new HashSet<>();
        Map<String, String> tagged = new HashMap<>();
        for (int i = 0; i < MARKS; i++) {
            starred.add(ids[(int) ((long) i * n / MARKS)]);
            tagged.put(ids[(int) ((long) i * n / MARKS + n / (2 * MARKS)) % n], QueryMix.TAGS[i % QueryMix.TAGS.length]);
        }
        String tag = real ? "real-" : "";
        Path rawDir = dir.resolve("raw-" + tag + n);
        Path feedDir = dir.resolve("paperfeed-" + tag + n);
        BenchFolders.deleteTree(rawDir);
        BenchFolders.deleteTree(feedDir);

        // -Dbench.rawSides=false: only the two-thread raw side (the target's), an hour less at 1M on two cores.
        boolean rawSides = Boolean.parseBoolean(System.getProperty("bench.rawSides", "true"));
        double rawOne = rawSides ? rawImport(dir.resolve("raw-one-thread"), file, starred, tagged, 1,
                RawLucene.Fields.FULL) : Double.NaN;
        double rawMinimal = rawSides ? rawImport(dir.resolve("raw-minimal"), file, starred, tagged, 2,
                RawLucene.Fields.MINIMAL) : Double.NaN;
        t = System.nanoTime();
        long cpu = cpuNanos();
        try (RawLucene raw = new RawLucene(rawDir)) {
            raw.importFile(file, starred, tagged, 2, RawLucene.Fields.FULL);
        }
        double rawImport = seconds(t);
        double rawCpu = (cpuNanos() - cpu) / 1e9;
        log("raw import, two threads: %.1f s (load %s)", rawImport, load());
        t = System.nanoTime();
        cpu = cpuNanos();
        try (AppServices app = AppServices.open(new DataFolder(feedDir), Clock.systemUTC())) {
            ImportReport report = app.imports().importFile(file);
            double feedImport = seconds(t);
            double feedCpu = (cpuNanos() - cpu) / 1e9;
            log("paperfeed import: %.1f s, %s (load %s)", feedImport, report.summary(), load());
            figures.add("import_papers_per_s", "papers/s", n / feedImport, n / rawImport, "≥ 0.8× raw (2 threads)");
            if (rawSides) {
                figures.add("import_vs_raw_one_thread", "papers/s", n / feedImport, n / rawOne, "(raw: 1 thread)");
                figures.add("import_vs_raw_minimal", "papers/s", n / feedImport, n / rawMinimal,
                        "(raw: title + abstract only, 2 threads)");
            }
            figures.add("import_papers_per_cpu_s", "papers/CPU-s", n / feedCpu, n / rawCpu, "(load-independent)");
            if (importOnly()) {
                // -Dbench.rows=import: the import rows alone, minutes instead of the whole run (no marks, searches).
                figures.print(System.out);
                figures.write(Path.of("target/bench.json"));
            }
            if (importOnly()) {
                return;
            }
            t = System.nanoTime();
            for (String id : starred) {
                app.marks().star(id);
            }
            for (Map.Entry<String, String> e : tagged.entrySet()) {
                app.marks().tag(e.getKey(), List.of(e.getValue()));
            }
            log("%d marks in %.1f s", starred.size() + tagged.size(), seconds(t));
        }

        long rawHeap;
        try (RawLucene raw = new RawLucene(rawDir)) {
            raw.openSearcher();
            for (BenchQuery q : mix) {
                raw.searchAndHighlight(q.raw(), false);
            }
            rawHeap = usedHeap();
        }
        try (PaperLibrary library = PaperLibrary.open(feedDir.resolve("library"), Clock.systemUTC());
             RawLucene raw = new RawLucene(rawDir)) {
            for (BenchQuery q : mix) {
                library.search(new LibraryQuery(q.text(), PaperFilter.NONE, SortOrder.RELEVANCE, 50, 20));
            }
            long feedHeap = usedHeap();
            figures.add("heap_used_mb", "MB", feedHeap / 1048576.0, rawHeap / 1048576.0,
                    n >= 1_000_000 ? "≤ 256 MB" : "");
            figures.add("disk_mb", "MB", BenchFolders.size(feedDir) / 1048576.0,
                    BenchFolders.size(rawDir) / 1048576.0, "");
            raw.openSearcher();
            measureSearches(mix, library, raw, n);
            measureDays(library, feedDir.resolve("library").resolve("index"), n);
        }
        log("searches done (load %s)", load());
        measureWindow(mix, feedDir);
        figures.print(System.out);
        figures.write(Path.of("target/bench.json"));
    }

    private void measureSearches(List<BenchQuery> mix, PaperLibrary library, RawLucene raw, int n) throws Exception {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Long> hitsByKind = new LinkedHashMap<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            boolean measure = round >= WARMUP_ROUNDS;
            for (BenchQuery q : mix) {
                for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.DATE)) {
                    boolean byDate = sort == SortOrder.DATE;
                    String s = byDate ? "date" : "relevance";
                    long[] wall = new long[5];
                    long[] cpu = new long[5];
                    mark(wall, cpu, 0);
                    long total = library.search(new LibraryQuery(q.text(), PaperFilter.NONE, sort, 50, 0)).totalHits();
                    mark(wall, cpu, 1);
                    raw.searchAndLoad(q.raw(), byDate);
                    mark(wall, cpu, 2);
                    library.search(new LibraryQuery(q.text(), PaperFilter.NONE, sort, 50, 20));
                    mark(wall, cpu, 3);
                    raw.searchAndHighlight(q.raw(), byDate);
                    mark(wall, cpu, 4);
                    if (measure) {
                        String[] modes = {"feed plain ", "raw plain ", "feed snippets ", "raw snippets "};
                        for (int m = 0; m < modes.length; m++) {
                            record(times, modes[m] + s, wall[m + 1] - wall[m]);
                            record(times, "cpu " + modes[m] + s, cpu[m + 1] - cpu[m]);
                            record(times, modes[m] + s + " " + q.kind(), wall[m + 1] - wall[m]);
                        }
                        if (round == WARMUP_ROUNDS && !byDate) {
                            hitsByKind.merge(q.kind(), total, Long::sum);
                        }
                    }
                }
            }
        }
        String snippetTarget = n >= 1_000_000 ? "≤ 60 ms" : "≤ 20 ms";
        for (String s : List.of("relevance", "date")) {
            figures.add("search_" + s + "_cpu_p99_ms", "CPU ms", pct(times.get("cpu feed plain " + s), 99),
                    pct(times.get("cpu raw plain " + s), 99), "(load-independent) ≤ 1.5× raw");
            figures.add("search_snippets_" + s + "_cpu_p99_ms", "CPU ms", pct(times.get("cpu feed snippets " + s), 99),
                    pct(times.get("cpu raw snippets " + s), 99), "(load-independent) " + snippetTarget);
        }
        for (String s : List.of("relevance", "date")) {
            for (int p : new int[] {50, 95, 99}) {
                figures.add("search_" + s + "_p" + p + "_ms", "ms", pct(times.get("feed plain " + s), p),
                        pct(times.get("raw plain " + s), p), p == 99 ? (s.equals("relevance") ? "≤ 1.2× raw" : "≤ 1.5× raw")
                                : p == 50 ? "≤ 2× raw" : "");
            }
            for (int p : new int[] {50, 95, 99}) {
                figures.add("search_snippets_" + s + "_p" + p + "_ms", "ms", pct(times.get("feed snippets " + s), p),
                        pct(times.get("raw snippets " + s), p), p == 99 ? snippetTarget : "");
            }
        }
        System.out.println("\np99 by query kind (ms)             feed plain   raw plain   feed+snippets   hits/query");
        for (String kind : hitsByKind.keySet()) {
            for (String s : List.of("relevance", "date")) {
                System.out.printf("  %-12s %-10s %20.2f %11.2f %15.2f %12s%n", kind, s,
                        pct(times.get("feed plain " + s + " " + kind), 99), pct(times.get("raw plain " + s + " " + kind), 99),
                        pct(times.get("feed snippets " + s + " " + kind), 99),
                        s.equals("relevance") ? String.format("%,d", hitsByKind.get(kind)
                                / mix.stream().filter(q -> q.kind().equals(kind)).count()) : "");
            }
        }
    }

    /** Switching the day view and counting the days (what the window's day bar and {@code days --json} do). */
    private void measureDays(PaperLibrary library, Path index, int n) throws Exception {
        DayViewTimings.Result days = DayViewTimings.measure(library, index, WARMUP_ROUNDS, ROUNDS);
        log("%,d listing days", days.dayCount());
        String target = n >= 1_000_000 ? "≤ 50 ms" : "≤ 20 ms";
        for (int p : new int[] {50, 99}) {
            figures.add("day_view_switch_p" + p + "_ms", "ms", pct(days.feedSwitch(), p), pct(days.rawSwitch(), p),
                    p == 99 ? target : "");
        }
        figures.addOwn("days_all_counted_p50_ms", "ms", pct(days.days(), 50), "");
        figures.addOwn("days_all_counted_p99_ms", "ms", pct(days.days(), 99), n >= 1_000_000 ? "≤ 500 ms" : "");
    }

    /** Wall and this thread's CPU clocks: on a shared machine the CPU time is what the code itself cost. */
    /** The window on the same library: first paint, then the last keystroke of single words and word pairs. */
    private void measureWindow(List<BenchQuery> mix, Path feedDir) throws Exception {
        List<String> typed = mix.stream().map(BenchQuery::text)
                .filter(q -> q.length() >= 3 && !q.contains(":") && !q.contains("\"") && !q.endsWith("*"))
                .limit(WINDOW_QUERIES).toList();
        WindowTimings.Result window = WindowTimings.measure(feedDir, typed);
        log("window: first paint %.0f ms; %d keystrokes", window.firstPaint(), window.keystrokes().size());
        figures.addOwn("first_paint_ms", "ms", window.firstPaint(), "≤ 2000 ms at 100k");
        List<Long> nanos = window.keystrokes().stream().map(ms -> (long) (ms * 1e6)).toList();
        figures.addOwn("keystroke_to_results_p50_ms", "ms", pct(nanos, 50), "");
        figures.addOwn("keystroke_to_results_p95_ms", "ms", pct(nanos, 95), "≤ 50 ms at 100k");
        figures.addOwn("keystroke_to_results_max_ms", "ms", pct(nanos, 100), "");
    }

    private static boolean importOnly() {
        return "import".equals(System.getProperty("bench.rows"));
    }

    /** One raw import into a folder of its own, deleted after; the seconds it took. */
    private double rawImport(Path folder, Path file, Set<String> starred, Map<String, String> tagged, int threads,
                             RawLucene.Fields fields) throws IOException {
        BenchFolders.deleteTree(folder);
        long t = System.nanoTime();
        try (RawLucene raw = new RawLucene(folder)) {
            raw.importFile(file, starred, tagged, threads, fields);
        }
        double took = seconds(t);
        log("raw import, %d thread(s), %s fields: %.1f s (load %s)", threads, fields, took, load());
        BenchFolders.deleteTree(folder);
        return took;
    }

    /** The load average now, as {@code uptime} shows it: every figure is read beside it. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void mark(long[] wall, long[] cpu, int at) {
        wall[at] = System.nanoTime();
        cpu[at] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void record(Map<String, List<Long>> times, String key, long nanos) {
        times.computeIfAbsent(key, k -> new ArrayList<>()).add(nanos);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double pct(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** CPU time of the whole process (all threads, merges included): steadier than wall time on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
