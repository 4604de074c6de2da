package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.StreamImport;
import org.paperfeed.bench.QueryMix.BenchQuery;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;
import org.paperfeed.ui.WindowTimings;

/**
 * All of arXiv ({@code ./mvnw -Pbench-huge verify}, never in the default build): a library of
 * {@code -Dbench.huge.papers} (default 2,700,000) real records replicated by {@link ReplicatedArxiv} and streamed into
 * the import, in a JVM with {@code -Xmx256m}. Reports disk, import rate, open time, search and paging latency, heap
 * and the window's first paint; writes {@code target/bench-huge.json}. Checks for about 20 GB of free disk first.
 * {@code -Dbench.huge.raw=true} also imports the same stream into a bare Lucene index fed by two threads and prints the
 * import and the searches beside it (as {@link LibraryBenchmark} does; about as long again);
 * {@code -Dbench.huge.reuse=true} searches the library an earlier run of the same size left instead of importing anew,
 * and with {@code -Dbench.huge.raw=true} the raw index it left too, when there is one (delete it to time raw's import).
 */
class HugeLibraryBenchmark {

    private static final long NEEDS_FREE_BYTES = 20L << 30;
    private final BenchFigures figures = new BenchFigures();

    @Test
    void run() throws Exception {
        long n = Long.getLong("bench.huge.papers", 2_700_000L);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        long free = Files.getFileStore(dir).getUsableSpace();
        if (free < NEEDS_FREE_BYTES) {
            System.out.printf("[bench-huge] needs about 20 GB free under %s, has %.1f GB: not run%n", dir,
                    free / 1e9);
            return;
        }
        Path realFile = Path.of(System.getProperty("bench.realFile", RealCorpus.DEFAULT_FILE.toString()));
        figures.machine((int) n);
        Path feedDir = dir.resolve("paperfeed-huge-" + n);
        Path library = new DataFolder(feedDir).library();
        // -Dbench.huge.reuse=true: the library (and raw index) an earlier run of the same size imported (not timed again).
        boolean reuse = Boolean.getBoolean("bench.huge.reuse") && Files.isDirectory(library.resolve("index"));
        double feedRate = 0;
        if (reuse) {
            log("reusing %s; its import is not measured again", feedDir);
        } else {
            BenchFolders.deleteTree(feedDir);
            long importStart = System.nanoTime();
            long imported;
            try (PaperLibrary opened = PaperLibrary.open(library, Clock.systemUTC());
                 ReplicatedArxiv text = new ReplicatedArxiv(realFile, n)) {
                long[] nextLog = {100_000};
                imported = StreamImport.run(opened, text, papers -> {
                    // Batches end by text as well as by count (ReadAhead): log at the first batch past each 100,000.
                    if (papers >= nextLog[0]) {
                        nextLog[0] += 100_000;
                        log("%,d papers, %.0f papers/s (load %s, heap %d MB)", papers, papers / seconds(importStart),
                                LibraryBenchmark.load(), usedHeapNow() >> 20);
                    }
                });
            }
            double importSeconds = seconds(importStart);
            feedRate = imported / importSeconds;
            log("imported %,d papers in %.0f s (load %s)", imported, importSeconds, LibraryBenchmark.load());
            log("the library's last commit holds %d segments", segments(library.resolve("index")));
            figures.addOwn("import_papers_per_s", "papers/s", feedRate, "(load " + LibraryBenchmark.load() + ")");
        }
        figures.addOwn("disk_mb", "MB", BenchFolders.size(feedDir) / 1048576.0, "");
        RawLucene raw = Boolean.getBoolean("bench.huge.raw") ? rawSide(dir, realFile, n, feedRate) : null;

        List<BenchQuery> mix = QueryMix.build(RealCorpus.read(realFile));
        long t = System.nanoTime();
        try (PaperLibrary opened = PaperLibrary.open(library, Clock.systemUTC())) {
            figures.addOwn("open_ms", "ms", (System.nanoTime() - t) / 1e6, "");
            for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.DATE)) {
                for (int snippets : new int[] {0, 20}) {
                    List<Long> times = new ArrayList<>();
                    List<Long> rawTimes = new ArrayList<>();
                    boolean besideRaw = raw != null && snippets == 0;
                    for (int round = 0; round < 3; round++) {
                        for (BenchQuery q : mix) {
                            long s = System.nanoTime();
                            opened.search(new LibraryQuery(q.text(), PaperFilter.NONE, sort, 50, snippets));
                            long between = System.nanoTime();
                            if (besideRaw) {
                                // The same clauses, loading the fields a row shows for its 50 hits (LibraryBenchmark's
                                // raw side), alternating with PaperFeed's search so both see the same page cache.
                                raw.searchAndLoad(q.raw(), sort == SortOrder.DATE);
                            }
                            if (round > 0) {
                                times.add(between - s);
                                rawTimes.add(System.nanoTime() - between);
                            }
                        }
                    }
                    String name = "search_" + sort.name().toLowerCase() + (snippets > 0 ? "_snippets" : "");
                    if (besideRaw) {
                        boolean byDate = sort == SortOrder.DATE;
                        figures.add(name + "_p50_ms", "ms", LibraryBenchmark.pct(times, 50),
                                LibraryBenchmark.pct(rawTimes, 50), "≤ 2× raw");
                        figures.add(name + "_p99_ms", "ms", LibraryBenchmark.pct(times, 99),
                                LibraryBenchmark.pct(rawTimes, 99), byDate ? "≤ 1.5× raw" : "≤ 1.2× raw");
                    } else {
                        figures.addOwn(name + "_p50_ms", "ms", LibraryBenchmark.pct(times, 50), "");
                        figures.addOwn(name + "_p99_ms", "ms", LibraryBenchmark.pct(times, 99), "");
                    }
                    log("%s done (load %s)", name, LibraryBenchmark.load());
                }
            }
            // Paging: the window loads further pages of 200 as the user scrolls; pages 2 to 6 of broad queries.
            List<Long> pages = new ArrayList<>();
            for (BenchQuery q : mix.subList(0, 40)) {
                for (int page = 1; page <= 5; page++) {
                    long s = System.nanoTime();
                    opened.search(new LibraryQuery(q.text(), PaperFilter.NONE, SortOrder.DATE,
                            50 + (page - 1) * 200, 200, 0));
                    pages.add(System.nanoTime() - s);
                }
            }
            figures.addOwn("next_page_200_p99_ms", "ms", LibraryBenchmark.pct(pages, 99), "");
            figures.addOwn("heap_used_mb", "MB", usedHeap() / 1048576.0, "≤ 256 MB (-Xmx256m)");
        } finally {
            if (raw != null) {
                raw.close();
            }
        }
        List<String> typed = mix.stream().map(BenchQuery::text)
                .filter(q -> q.length() >= 3 && !q.contains(":") && !q.contains("\"") && !q.endsWith("*"))
                .limit(20).toList();
        // The library's figures are saved before the window is tried: a window failure must not lose an hour's run.
        figures.write(Path.of("target/bench-huge.json"));
        try {
            WindowTimings.Result window = WindowTimings.measure(feedDir, typed);
            figures.addOwn("first_paint_headless_ms", "ms", window.firstPaint(), "");
            List<Long> nanos = window.keystrokes().stream().map(ms -> (long) (ms * 1e6)).toList();
            figures.addOwn("keystroke_to_results_p95_ms", "ms", LibraryBenchmark.pct(nanos, 95), "");
        } catch (Exception e) {
            log("the window could not be measured: %s", e);
        }
        figures.print(System.out);
        figures.write(Path.of("target/bench-huge.json"));
    }

    /**
     * {@code -Dbench.huge.raw=true}: the same replicated papers in a bare Lucene index beside the library (the raw side
     * of {@link LibraryBenchmark}: the same fields and analyser chain, fed by two threads), for the import and search
     * figures side by side; open for searching.
     */
    private RawLucene rawSide(Path dir, Path realFile, long n, double feedRate) throws IOException {
        Path rawDir = dir.resolve("raw-huge-" + n);
        // -Dbench.huge.reuse=true reuses the raw index an earlier run of the same size left too (searches only).
        if (Boolean.getBoolean("bench.huge.reuse") && hasCommit(rawDir)) {
            log("reusing %s; its import is not measured again", rawDir);
            figures.addOwn("raw_disk_mb", "MB", BenchFolders.size(rawDir) / 1048576.0, "");
            RawLucene raw = new RawLucene(rawDir);
            raw.openSearcher();
            return raw;
        }
        BenchFolders.deleteTree(rawDir);
        long start = System.nanoTime();
        int count;
        try (RawLucene writing = new RawLucene(rawDir); ReplicatedArxiv text = new ReplicatedArxiv(realFile, n);
             BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8),
                     64 * 1024)) {
            count = writing.importLines(lines, Set.of(), Map.of(), 2, RawLucene.Fields.FULL);
        }
        double rawRate = count / seconds(start);
        log("raw import, two threads: %,d papers in %.0f s (load %s)", count, seconds(start), LibraryBenchmark.load());
        log("the raw index's last commit holds %d segments", segments(rawDir));
        if (feedRate > 0) {
            figures.add("import_vs_raw_papers_per_s", "papers/s", feedRate, rawRate, "≥ 0.8× raw (2 threads)");
        } else {
            figures.addOwn("raw_import_papers_per_s", "papers/s", rawRate, "(2 threads)");
        }
        figures.addOwn("raw_disk_mb", "MB", BenchFolders.size(rawDir) / 1048576.0, "");
        RawLucene raw = new RawLucene(rawDir);
        raw.openSearcher();
        return raw;
    }

    private static boolean hasCommit(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(index)) {
            return org.apache.lucene.index.DirectoryReader.indexExists(directory);
        }
    }

    private static int segments(Path index) throws IOException {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(index)) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size();
        }
    }

    private static long usedHeapNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return usedHeapNow();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench-huge] " + format + "%n", args);
    }
}
