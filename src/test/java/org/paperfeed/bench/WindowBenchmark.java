package org.paperfeed.bench;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.bench.QueryMix.BenchQuery;
import org.paperfeed.ui.WindowTimings;

/**
 * Keystroke → results laid out, alone, on a library imported once and reused ({@link BenchLibrary}): the window
 * row of {@link LibraryBenchmark} without the imports and searches around it, so it can be run on each toolkit in
 * one sitting. Headless (the default: Monocle, as the UI tests) or on the real GTK pipeline under an X server:
 * <pre>
 * xvfb-run -a -s "-screen 0 1440x900x24" ./mvnw -o -q -Pbench verify -Dbench.class=WindowBenchmark \
 *     -Dbench.corpus=synthetic -Dbench.glass=gtk -Dbench.headless=false -Dbench.prism=es2,sw
 * </pre>
 * Says in one line when asked for GTK without a display. Writes {@code target/bench-window-MODE.json}.
 *
 * <p>{@code -Dbench.whileTraining=true}: the same keystrokes with For you training in the background all the while
 * (issue 11: "keystroke figures unchanged while training"), on a library of its own ({@code window-training-*}) in
 * which {@value #STARRED} papers on one subject are starred; a thread stars one more and retrains, again and again,
 * so a training is always running (harsher than the window, which retrains once, two seconds after a burst of marks).
 * Each training runs on For you's own thread, as the window's do, giving way to the keystrokes;
 * {@code -Dbench.trainingPaced=false} trains on the bench's thread instead, not giving way (as before it could).
 * Writes {@code target/bench-window-MODE-training.json}.
 *
 * <p>{@code -Dbench.typeAfterMs=3000}: the first keystroke comes that long after the first rows are laid out, as a
 * reader looks at the screen before typing; by default it comes at once, while the start's background work (counts,
 * the index writer, For you) still runs.
 */
class WindowBenchmark {

    private static final int WINDOW_QUERIES = 40;
    private static final int STARRED = 200;

    private final BenchFigures figures = new BenchFigures();

    @Test
    void run() throws Exception {
        Path work = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        boolean training = Boolean.getBoolean("bench.whileTraining");
        Path data = Path.of(System.getProperty("bench.window.data",
                BenchLibrary.folder(work, training ? "window-training" : "window").toString())).toAbsolutePath();
        String glass = System.getProperty("glass.platform", "");
        String mode = "Monocle".equalsIgnoreCase(glass) ? "headless" : glass.isEmpty() ? "default" : glass;
        String display = System.getenv("DISPLAY");
        if (!mode.equals("headless") && (display == null || display.isBlank())) {
            log("window on %s: DISPLAY is not set (run under xvfb-run; Xvfb is %s); not measured", mode,
                    java.nio.file.Files.isExecutable(Path.of("/usr/bin/Xvfb")) ? "installed" : "missing");
            return;
        }
        int papers = BenchLibrary.prepare(data, work);
        // The words are typed into All papers: a library that opens on its latest day (a copy of a reader's) finds
        // none of most of them there, and the run stopped with "no results shown".
        org.paperfeed.app.prefs.JsonStore<org.paperfeed.app.prefs.Preferences> prefs =
                org.paperfeed.app.prefs.JsonStore.preferences(data);
        if (!prefs.load().lastView().equals("all")) {
            log("the library opened on %s; it opens on All papers for this run", prefs.load().lastView());
            prefs.save(prefs.load().withLastView("all"));
        }
        List<String> toStar = training ? BenchLibrary.starForTraining(data, STARRED) : List.of();
        figures.machine(papers);
        List<BenchQuery> mix = BenchLibrary.synthetic() ? QueryMix.build(new SyntheticArxiv(BenchLibrary.papers()))
                : QueryMix.build(RealCorpus.read(Path.of(System.getProperty("bench.realFile",
                        RealCorpus.DEFAULT_FILE.toString()))));
        List<String> typed = mix.stream().map(BenchQuery::text)
                .filter(q -> q.length() >= 3 && !q.contains(":") && !q.contains("\"") && !q.endsWith("*"))
                .limit(WINDOW_QUERIES).toList();
        log("window %s (glass %s, prism %s, display %s), %,d papers, %d queries, typing %d ms after the first rows,"
                + " load %s", mode, glass, System.getProperty("prism.order", "default"), display, papers, typed.size(),
                Long.getLong("bench.typeAfterMs", 0), LibraryBenchmark.load());
        boolean paced = Boolean.parseBoolean(System.getProperty("bench.trainingPaced", "true"));
        WindowTimings.Result window = WindowTimings.measure(data, typed, toStar, paced);
        List<Long> nanos = window.keystrokes().stream().map(ms -> (long) (ms * 1e6)).toList();
        String target = papers >= 1_000_000 ? "≤ 70 ms" : "≤ 50 ms";
        if (training) {
            log("while typing: %d For you trainings in the background (%s), %.0f ms of CPU; the last finished %.0f ms"
                    + " after the last keystroke (load %s)", window.trainings(), paced ? "giving way" : "not giving way",
                    window.trainingCpuMs(), window.trainingFinishedAfterMs(), LibraryBenchmark.load());
            mode += paced ? "_while_training" : "_while_training_unpaced";
            figures.addOwn("for_you_trainings_while_typing", "", window.trainings(), "");
            figures.addOwn("for_you_training_cpu_while_typing_ms", "ms", window.trainingCpuMs(), "");
            figures.addOwn("for_you_training_finished_after_typing_ms", "ms", window.trainingFinishedAfterMs(), "");
        }
        figures.addOwn("first_paint_" + mode + "_ms", "ms", window.firstPaint(), "");
        figures.addOwn("keystroke_to_results_" + mode + "_p50_ms", "ms", LibraryBenchmark.pct(nanos, 50), "");
        figures.addOwn("keystroke_to_results_" + mode + "_p95_ms", "ms", LibraryBenchmark.pct(nanos, 95), target);
        figures.addOwn("keystroke_to_results_" + mode + "_max_ms", "ms", LibraryBenchmark.pct(nanos, 100), "");
        log("slowest keystrokes (ms from the key: library search / rows set / laid out):");
        window.phases().stream().sorted(java.util.Comparator.comparingDouble(WindowTimings.Keystroke::total).reversed())
                .limit(Boolean.getBoolean("bench.allKeys") ? Long.MAX_VALUE : 6).forEach(k -> log("  #%-3d %-28s %6.1f / %6.1f / %6.1f", window.phases().indexOf(k) + 1,
                        "'" + k.text() + "'", k.search(), k.rowsSet(), k.total()));
        List<Long> rowsSet = window.phases().stream().map(k -> (long) (k.rowsSet() * 1e6)).toList();
        List<Long> layout = window.phases().stream().map(k -> (long) (k.layout() * 1e6)).toList();
        List<Long> search = window.phases().stream().map(k -> (long) (k.search() * 1e6)).toList();
        log("phases p50 / p95: library search %.1f / %.1f, key to rows set %.1f / %.1f, rows set to laid out %.1f / %.1f",
                LibraryBenchmark.pct(search, 50) , LibraryBenchmark.pct(search, 95), LibraryBenchmark.pct(rowsSet, 50),
                LibraryBenchmark.pct(rowsSet, 95), LibraryBenchmark.pct(layout, 50), LibraryBenchmark.pct(layout, 95));
        figures.print(System.out);
        figures.write(Path.of("target/bench-window-" + mode.replace("_while_training", "-training").replace("_unpaced", "-unpaced") + ".json"));
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
