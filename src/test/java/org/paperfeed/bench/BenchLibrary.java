package org.paperfeed.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.sources.SourceInfo;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * A PaperFeed data folder the window benchmarks open again and again: imported once (from the real file, or with
 * {@code -Dbench.corpus=synthetic} from a synthetic file of {@code -Dbench.papers}), reused by every later run,
 * its sources disabled so no start of the window reaches the network.
 */
final class BenchLibrary {

    private BenchLibrary() {
    }

    static boolean synthetic() {
        return "synthetic".equals(System.getProperty("bench.corpus"));
    }

    static int papers() {
        return Integer.getInteger("bench.papers", 100_000);
    }

    /** {@code work/PREFIX-real} or {@code work/PREFIX-synthetic-N}: one folder per corpus. */
    static Path folder(Path work, String prefix) {
        return work.resolve(prefix + (synthetic() ? "-synthetic-" + papers() : "-real"));
    }

    /** Imports into {@code data} unless it holds a library already, disables its sources; the number of papers. */
    static int prepare(Path data, Path work) throws Exception {
        boolean fresh = !Files.isDirectory(data.resolve("library"));
        try (AppServices app = AppServices.open(new DataFolder(data), Clock.systemUTC())) {
            if (fresh) {
                Path file;
                if (synthetic()) {
                    int n = papers();
                    file = work.resolve("arxiv-" + n + ".json");
                    if (!Files.isRegularFile(file)) {
                        Files.createDirectories(work);
                        new SyntheticArxiv(n).write(file, n);
                    }
                } else {
                    file = Path.of(System.getProperty("bench.realFile", RealCorpus.DEFAULT_FILE.toString()));
                }
                long t = System.nanoTime();
                log("importing %s into %s (once; later runs reuse it)", file, data);
                log("imported: %s in %.0f s (load %s)", app.imports().importFile(file).summary(),
                        (System.nanoTime() - t) / 1e9, LibraryBenchmark.load());
            }
            for (SourceInfo source : app.sources().list()) {
                if (source.enabled()) {
                    app.sources().disable(source.name());
                }
            }
            // As after a library's first start: the window builds For you's tables then, once, in the background, and
            // a window benchmark on a library without them measured that build beside its keystrokes (144k, typing
            // 3 s after the first rows: p95 74-79 against 63-65 ms, session 9). Quick when they are there.
            long t = System.nanoTime();
            int tables = app.forYou().buildDocFreqTables();
            if (tables > 0) {
                log("built For you's document-frequency tables of %d segments in %.1f s", tables,
                        (System.nanoTime() - t) / 1e9);
            }
            return app.search().size();
        }
    }

    /**
     * Stars the {@code starred} best hits of one subject (a For you interest to train), unless an earlier run did,
     * and returns as many further hits of it, unstarred, for a benchmark to star one by one.
     */
    static List<String> starForTraining(Path data, int starred) throws Exception {
        try (AppServices app = AppServices.open(new DataFolder(data), Clock.systemUTC())) {
            List<String> ids = app.search().search("learning model", PaperFilter.NONE, SortOrder.RELEVANCE,
                    2 * starred).hits().stream().map(hit -> hit.entry().paper().id().value()).toList();
            if (ids.size() < 2 * starred) {
                throw new IllegalStateException("the library has too few papers to train on: " + ids.size());
            }
            List<String> toStar = ids.subList(starred, ids.size());
            app.marks().unstarAll(toStar); // an earlier run's
            app.marks().starAll(ids.subList(0, starred));
            return toStar;
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
