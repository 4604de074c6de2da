package org.paperfeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The first screen under a real X server: from starting the process to paper rows drawn (the day view of the
 * latest listing day), PaperFeed's jar beside {@link BareWindow}'s jar, both started by the same JDK's
 * {@code java} with the same options and no class-data-sharing archive ({@code -Xshare:off}), alternately,
 * {@code -Dbench.screen.runs} times each after one unmeasured start of each (to put both jars in the page cache).
 * A third jar, {@link ListWindow} (a window of rows in PaperFeed's theme, with no library behind it), is started in the
 * same rotation and printed beside them: not a target, but how much of the distance any window of rows pays.
 *
 * <p>Detection: each program is started with {@code -Dpaperfeed.bench.firstScreen=FILE} and writes, off its FX
 * thread, the wall-clock time at which the frame is on the screen that holds the first layout pass after its window
 * is shown in which PaperFeed's list has a visible cell laid out with a paper (the bare window: its label laid out):
 * both wait two pulses after that layout, since a pulse hands its scene to the renderer only once the previous frame
 * is rendered (the layout's own time ran ahead of the screen when that frame was the window's first).
 * The figure is that time minus the time this class called {@code ProcessBuilder.start}. One screenshot of the
 * screen ({@code import -window root}, ImageMagick) is taken after the last PaperFeed run's rows were reported,
 * so a person can see the rows were there.
 *
 * <p>The library ({@code -Dbench.screen.data}, default {@code target/bench/screen-real} or
 * {@code screen-synthetic-N}) is imported once from
 * {@code -Dbench.realFile} (or a synthetic file of {@code -Dbench.papers} with {@code -Dbench.corpus=synthetic}) and
 * reused; its sources are disabled so the start-up refresh never reaches the network. Runs its own Xvfb
 * (1440×900×24) unless {@code DISPLAY} is set; says so in one line when neither is there.
 */
class FirstScreenBenchmark {

    private static final long TIMEOUT_MS = 180_000;

    private final BenchFigures figures = new BenchFigures();

    @Test
    void run() throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/paperfeed.jar")).toAbsolutePath();
        Path work = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Path data = Path.of(System.getProperty("bench.screen.data", BenchLibrary.folder(work, "screen").toString()))
                .toAbsolutePath();
        int runs = Integer.getInteger("bench.screen.runs", 5);
        List<String> jvm = List.of(System.getProperty("bench.screen.jvm", "-Xshare:off -Xmx512m -XX:+UseG1GC")
                .trim().split("\\s+"));
        if (!Files.isRegularFile(jar)) {
            log("first screen: no %s (run ./mvnw -o package -DskipTests first); not measured", jar);
            return;
        }
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            if (!onPath("Xvfb")) {
                log("first screen: Xvfb is missing (apt-get install xvfb) and DISPLAY is not set; not measured");
                return;
            }
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().trim();
        }
        try {
            int papers = BenchLibrary.prepare(data, work);
            figures.machine(papers);
            Path bareJar = yardstickJar(jar, "bare-window.jar", BareWindow.class,
                    List.of("BareWindow", "BareWindow$Window", "BareWindow$1"));
            Path listJar = yardstickJar(jar, "list-window.jar", ListWindow.class, List.of("ListWindow",
                    "ListWindow$Window", "ListWindow$Row", "ListWindow$RowCell", "BareWindow", "BareWindow$1"));
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> app = command(java, jvm, jar, List.of("--data-dir", data.toString()));
            List<String> bare = command(java, jvm, bareJar, List.of());
            List<String> listWindow = command(java, jvm, listJar, List.of());
            log("display %s, %,d papers, %d runs each, jvm %s", display, papers, runs, jvm);
            firstScreen(bare, display, work, "warm-up bare", false);
            firstScreen(listWindow, display, work, "warm-up list", false);
            firstScreen(app, display, work, "warm-up paperfeed", false);
            List<Long> feed = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            List<Long> list = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                // Rotate which side goes first, so none always follows another's page-cache footprint.
                for (int side = 0; side < 3; side++) {
                    switch ((side + i) % 3) {
                        case 0 -> feed.add(firstScreen(app, display, work, "paperfeed " + (i + 1), i == runs - 1));
                        case 1 -> raw.add(firstScreen(bare, display, work, "bare " + (i + 1), false));
                        default -> list.add(firstScreen(listWindow, display, work, "list " + (i + 1), false));
                    }
                }
            }
            figures.add("first_screen_median_ms", "ms", median(feed), median(raw), "≤ 1.3× the bare window");
            // Not a target: how far any window of rows is from the bare one, against the same bare runs.
            figures.add("first_screen_list_window_median_ms", "ms", median(list), median(raw),
                    "yardstick: a window of rows, no library");
            figures.add("first_screen_min_ms", "ms", min(feed), min(raw), "");
            figures.add("first_screen_max_ms", "ms", max(feed), max(raw), "");
            log("paperfeed %s ms; bare %s ms; list window %s ms", feed, raw, list);
            figures.print(System.out);
            figures.write(Path.of("target/bench-first-screen.json"));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> command(String java, List<String> jvm, Path jar, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        command.add("-D" + BareWindow.PROPERTY + "=@FILE@");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /** Starts one program, waits for its first screen, closes it: milliseconds from start to drawn. */
    private static long firstScreen(List<String> template, String display, Path work, String name, boolean screenshot)
            throws Exception {
        Path marker = work.resolve("first-screen.time");
        Files.deleteIfExists(marker);
        List<String> command = template.stream().map(a -> a.replace("@FILE@", marker.toString())).toList();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("first-screen-" + name.replace(' ', '-') + ".log").toFile());
        builder.environment().put("DISPLAY", display);
        String load = LibraryBenchmark.load();
        long started = System.currentTimeMillis();
        Process process = builder.start();
        try {
            while (!Files.isRegularFile(marker)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " ended (exit " + process.exitValue()
                            + ") before its first screen; see its log in " + work);
                }
                if (System.currentTimeMillis() - started > TIMEOUT_MS) {
                    throw new IllegalStateException(name + ": no first screen after " + TIMEOUT_MS + " ms");
                }
                Thread.sleep(5);
            }
            long took = Long.parseLong(Files.readString(marker).trim()) - started;
            log("%-14s %,6d ms (load before %s)", name, took, load);
            if (screenshot && onPath("import")) {
                Path png = work.resolve("first-screen.png");
                ProcessBuilder shot = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO()
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                shot.environment().put("DISPLAY", display);
                shot.start().waitFor(30, TimeUnit.SECONDS);
                log("screenshot after the rows were reported: %s", png);
            }
            return took;
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * A yardstick window ({@link BareWindow}, {@link ListWindow}) in a jar of its own beside PaperFeed's, whose JavaFX
     * (and theme) it takes through its Class-Path.
     */
    private static Path yardstickJar(Path appJar, String name, Class<?> main, List<String> classes)
            throws IOException {
        Path jar = appJar.resolveSibling(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, appJar.getFileName().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            // Named one by one: anonymous and nested classes have no class literal to find them by.
            for (String className : classes) {
                String entry = "org/paperfeed/bench/" + className + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream in = main.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static double min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static double max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
