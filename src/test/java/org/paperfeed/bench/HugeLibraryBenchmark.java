package org.paperfeed.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
        BenchFolders.deleteTree(feedDir);
        Path library = new DataFolder(feedDir).library();

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
        log("imported %,d papers in %.0f s (load %s)", imported, importSeconds, LibraryBenchmark.load());
        figures.addOwn("import_papers_per_s", "papers/s", imported / importSeconds, "(load " + LibraryBenchmark.load()
                + ")");
        figures.addOwn("disk_mb", "MB", BenchFolders.size(feedDir) / 1048576.0, "");

        List<BenchQuery> mix = QueryMix.build(RealCorpus.read(realFile));
        long t = System.nanoTime();
        try (PaperLibrary opened = PaperLibrary.open(library, Clock.systemUTC())) {
            figures.addOwn("open_ms", "ms", (System.nanoTime() - t) / 1e6, "");
            for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.DATE)) {
                for (int snippets : new int[] {0, 20}) {
                    List<Long> times = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (BenchQuery q : mix) {
                            long s = System.nanoTime();
                            opened.search(new LibraryQuery(q.text(), PaperFilter.NONE, sort, 50, snippets));
                            if (round > 0) {
                                times.add(System.nanoTime() - s);
                            }
                        }
                    }
                    String name = "search_" + sort.name().toLowerCase() + (snippets > 0 ? "_snippets" : "");
                    figures.addOwn(name + "_p50_ms", "ms", LibraryBenchmark.pct(times, 50), "");
                    figures.addOwn(name + "_p99_ms", "ms", LibraryBenchmark.pct(times, 99), "");
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
