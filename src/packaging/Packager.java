import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds PaperFeed's app image and installers with its own trimmed runtime: jdeps → jlink → jpackage.
 * {@code ./mvnw -Ppackage package} runs it (see docs/packaging.md) after Maven has put the app jar and its
 * dependencies in {@code target/jpackage/input} and the JavaFX jars of this platform in {@code target/jpackage/javafx}.
 * A single-file Java program rather than a shell script, so the release workflow runs the very same steps on Linux,
 * Windows and macOS; the JDK tools are called in-process through {@link ToolProvider}.
 *
 * <p>Arguments: {@code version=0.1.0-SNAPSHOT target=DIR packaging=DIR [types=app-image,deb,rpm]}.
 */
public final class Packager {

    static final String NAME = "PaperFeed";
    static final String PACKAGE = "paperfeed";
    static final String APP_JAR = "paperfeed-app.jar";
    static final String MAIN_CLASS = "org.paperfeed.Launcher";

    /**
     * Modules the app needs that jdeps cannot see, because they are reached by reflection or a service lookup.
     * Each one here was missed by jdeps and broke or degraded the packaged app when left out.
     */
    static final Map<String, String> UNSEEN_MODULES = new LinkedHashMap<>();

    static {
        UNSEEN_MODULES.put("jdk.crypto.ec", "the SunEC provider: without it a JDK 17 runtime has no ECDHE cipher suites "
                + "or ECDSA certificates, and HTTPS refresh fails at the handshake");
        UNSEEN_MODULES.put("jdk.management", "Lucene reads the JVM's settings through com.sun.management and warns "
                + "at every start without it");
        UNSEEN_MODULES.put("jdk.unsupported", "Lucene's MMapDirectory unmaps index files through sun.misc.Unsafe, "
                + "found by reflection");
        UNSEEN_MODULES.put("java.naming", "logback, which slf4j finds through a service lookup, refers to JNDI classes "
                + "while configuring itself; the window does not start without them");
    }

    private final Map<String, String> options;
    private final Platform platform = Platform.current();
    private final Path target;
    private final Path work;
    private final Path packaging;

    private Packager(Map<String, String> options) {
        this.options = options;
        this.target = Path.of(required("target")).toAbsolutePath();
        this.work = target.resolve("jpackage");
        this.packaging = Path.of(required("packaging")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        try {
            new Packager(options).run();
        } catch (PackagingException e) {
            System.err.println("packaging failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException {
        String version = numericVersion(required("version"));
        List<String> types = types();
        for (String type : types) {
            platform.checkTools(type);
        }
        List<Path> javafx = javafxModules(work.resolve("javafx"));
        Set<String> modules = modules(javafx);
        Path runtime = jlink(javafx, modules);
        Path dist = target.resolve("dist");
        deleteRecursively(dist);
        Path appImage = appImage(runtime, version, dist);
        shareClassData(appImage);
        for (String type : types) {
            if (type.equals("app-image")) {
                continue;
            }
            if (type.equals("rpm") && !Platform.onPath("rpmbuild")) {
                System.out.println("[packager] skipping .rpm: rpmbuild is not installed "
                        + "(Debian/Ubuntu: sudo apt-get install rpm; Fedora: sudo dnf install rpm-build)");
                continue;
            }
            installer(type, appImage, version, dist);
        }
        System.out.println("[packager] done: " + dist);
    }

    /** The pom's version without its qualifier: jpackage wants numbers (MSI: up to three; macOS: first one ≥ 1). */
    static String numericVersion(String pomVersion) {
        String numeric = pomVersion.replaceFirst("-.*$", "");
        if (!numeric.matches("\\d+(\\.\\d+){0,2}")) {
            throw new PackagingException("the version " + pomVersion + " must start with up to three numbers, "
                    + "as in 1.2.3: installers accept nothing else");
        }
        return numeric;
    }

    private List<String> types() {
        String given = options.getOrDefault("types", "");
        if (given.isBlank()) {
            return platform.defaultTypes();
        }
        return Arrays.stream(given.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    /** The JavaFX jars that are modules; Maven also copies the empty jars that only select the platform's ones. */
    private static List<Path> javafxModules(Path folder) throws IOException {
        try (Stream<Path> jars = Files.list(folder)) {
            List<Path> modules = jars.filter(Packager::isModularJar).sorted().collect(Collectors.toList());
            if (modules.isEmpty()) {
                throw new PackagingException("no JavaFX module jars in " + folder + "; run ./mvnw -Ppackage package");
            }
            return modules;
        }
    }

    private static boolean isModularJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What jdeps finds from the app jar through its dependencies, plus what it cannot see. */
    private Set<String> modules(List<Path> javafx) throws IOException {
        Path input = work.resolve("input");
        List<Path> dependencies;
        try (Stream<Path> jars = Files.list(input)) {
            // Not the app jar itself: with its own jar on the class path jdeps stops following the dependencies.
            dependencies = jars.filter(jar -> !jar.getFileName().toString().equals(APP_JAR)).sorted()
                    .collect(Collectors.toList());
        }
        String found = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--module-path", modulePath(javafx), "--class-path", modulePath(dependencies),
                input.resolve(APP_JAR).toString()).trim();
        Set<String> modules = new TreeSet<>(Arrays.asList(found.split(",")));
        System.out.println("[packager] jdeps found: " + String.join(",", modules));
        UNSEEN_MODULES.forEach((module, why) -> {
            if (modules.add(module)) {
                System.out.println("[packager] adding " + module + ": " + why);
            }
        });
        return modules;
    }

    private Path jlink(List<Path> javafx, Set<String> modules) throws IOException {
        Path runtime = work.resolve("runtime");
        deleteRecursively(runtime);
        tool("jlink", "--module-path", modulePath(javafx), "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // JavaFX's native libraries are resources of its jars; left there, JavaFX would copy them into
                // ~/.openjfx/cache at the first start. They go where the runtime keeps its own libraries instead.
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)",
                "--output", runtime.toString());
        Path natives = runtime.resolve(platform.nativeFolder());
        for (Path jar : javafx) {
            extractNatives(jar, natives);
        }
        return runtime;
    }

    private static void extractNatives(Path jar, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.contains("/") && name.matches(".+\\.(so|dll|dylib)")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private Path appImage(Path runtime, String version, Path dist) {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dist.toString(),
                "--name", NAME, "--app-version", version, "--vendor", NAME,
                "--description", "A desktop reader for trending research papers",
                "--copyright", "PaperFeed contributors, Apache License 2.0",
                "--input", work.resolve("input").toString(), "--main-jar", APP_JAR, "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", platform.icon(packaging).toString()));
        if (platform == Platform.WINDOWS) {
            // A second launcher that keeps its console, for the command line. Named apart from PaperFeed.exe
            // because Windows file names ignore case.
            args.addAll(List.of("--add-launcher", "paperfeed-cli=" + packaging.resolve("windows/console.properties")));
        }
        tool("jpackage", args.toArray(String[]::new));
        return dist.resolve(platform.appImageName(NAME));
    }

    /**
     * Class-data sharing: dumps the classes the first screen loads from the runtime (recorded in cds/classlist)
     * into the runtime's default archive, which the JVM maps at every start instead of parsing those classes again.
     * Only module classes of the runtime: it finds them relative to its own folder, so the archive still maps once
     * installed elsewhere, where an archive of the class path (absolute paths on JDK 17) would be refused. Dumped
     * into the finished app image, as jpackage's copy of the runtime would change what the archive checks.
     */
    private void shareClassData(Path appImage) throws IOException {
        Path javaHome = appImage.resolve(platform.runtimeHome());
        Path java = javaHome.resolve(platform == Platform.WINDOWS ? "bin/java.exe" : "bin/java");
        Path archive = javaHome.resolve(platform.nativeFolder()).resolve("server/classes.jsa");
        List<String> command = List.of(java.toString(), "-Xshare:dump", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedClassListFile=" + packaging.resolve("cds/classlist"), "-XX:SharedArchiveFile=" + archive);
        System.out.println("[packager] " + String.join(" ", command));
        Process dump = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (dump.waitFor() != 0) {
                throw new PackagingException("the class-data sharing archive could not be dumped:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackagingException("interrupted");
        }
        System.out.println("[packager] class-data sharing archive: " + archive + " ("
                + Files.size(archive) / 1024 / 1024 + " MB)");
    }

    private void installer(String type, Path appImage, String version, Path dist) {
        List<String> args = new ArrayList<>(List.of("--type", type, "--dest", dist.toString(),
                "--app-image", appImage.toString(), "--name", NAME, "--app-version", version, "--vendor", NAME,
                "--description", "A desktop reader for trending research papers",
                "--license-file", packaging.resolve("../../LICENSE").normalize().toString()));
        switch (type) {
            case "deb":
            case "rpm":
                args.addAll(List.of("--linux-package-name", PACKAGE, "--linux-shortcut",
                        "--linux-menu-group", "Office;Science;",
                        "--linux-app-category", type.equals("deb") ? "science" : "Applications/Productivity",
                        "--linux-deb-maintainer", "maintainers@users.noreply.github.com",
                        "--icon", platform.icon(packaging).toString(),
                        "--resource-dir", packaging.resolve("linux").toString()));
                break;
            case "msi":
                args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser",
                        "--win-upgrade-uuid", "5b0a3f8e-5d8c-4b8e-9a55-0d5f8b1b7c21"));
                break;
            case "dmg":
                args.addAll(List.of("--mac-package-name", NAME));
                break;
            default:
                throw new PackagingException("unknown installer type " + type);
        }
        tool("jpackage", args.toArray(String[]::new));
    }

    private static String modulePath(List<Path> jars) {
        return jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** Runs a JDK tool in this JVM; its output goes to ours, and a failure stops the build with it. */
    static String tool(String name, String... args) {
        ToolProvider provider = ToolProvider.findFirst(name).orElseThrow(() -> new PackagingException(
                name + " is missing from this JDK (" + System.getProperty("java.home") + "): use a full JDK 17"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.out.println("[packager] " + name + " " + String.join(" ", args));
        int status = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        System.out.print(out);
        System.err.print(err);
        if (status != 0) {
            throw new PackagingException(name + " exited with " + status);
        }
        return out.toString();
    }

    private String required(String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return value;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** What differs between the three systems jpackage builds on. */
    enum Platform {
        LINUX, WINDOWS, MAC;

        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }

        List<String> defaultTypes() {
            switch (this) {
                case WINDOWS:
                    return List.of("app-image", "msi");
                case MAC:
                    return List.of("app-image", "dmg");
                default:
                    return List.of("app-image", "deb", "rpm");
            }
        }

        /** Where a runtime keeps native libraries: the JVM loads JavaFX's from there, by their path. */
        String nativeFolder() {
            return this == WINDOWS ? "bin" : "lib";
        }

        Path icon(Path packaging) {
            switch (this) {
                case WINDOWS:
                    return packaging.resolve("icons/paperfeed.ico");
                case MAC:
                    return macIcon(packaging);
                default:
                    return packaging.resolve("icons/paperfeed-256.png");
            }
        }

        /** macOS wants an .icns, which its own iconutil makes from the PNGs; no tool elsewhere writes one well. */
        private static Path macIcon(Path packaging) {
            try {
                Path iconset = Files.createTempDirectory("paperfeed").resolve("paperfeed.iconset");
                Files.createDirectories(iconset);
                for (int size : new int[] {16, 32, 128, 256, 512}) {
                    Files.copy(packaging.resolve("icons/paperfeed-" + size + ".png"),
                            iconset.resolve("icon_" + size + "x" + size + ".png"));
                    if (size <= 256) {
                        Files.copy(packaging.resolve("icons/paperfeed-" + (size * 2) + ".png"),
                                iconset.resolve("icon_" + size + "x" + size + "@2x.png"));
                    }
                }
                Path icns = iconset.resolveSibling("paperfeed.icns");
                Process iconutil = new ProcessBuilder("iconutil", "-c", "icns", iconset.toString(), "-o",
                        icns.toString()).inheritIO().start();
                if (iconutil.waitFor() != 0) {
                    throw new PackagingException("iconutil could not make the .icns");
                }
                return icns;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PackagingException("interrupted");
            }
        }

        /** The runtime's folder inside the app image. */
        String runtimeHome() {
            switch (this) {
                case WINDOWS:
                    return "runtime";
                case MAC:
                    return "Contents/runtime/Contents/Home";
                default:
                    return "lib/runtime";
            }
        }

        String appImageName(String name) {
            return this == MAC ? name + ".app" : name;
        }

        /** Fails with the package to install when a tool the installer type needs is missing. */
        void checkTools(String type) {
            if (type.equals("deb")) {
                require("dpkg-deb", "dpkg");
                require("fakeroot", "fakeroot");
            } else if (type.equals("msi")) {
                require("candle", "WiX Toolset 3 (https://wixtoolset.org; JDK 17's jpackage needs version 3)");
                require("light", "WiX Toolset 3 (https://wixtoolset.org; JDK 17's jpackage needs version 3)");
            }
        }

        private static void require(String command, String packageName) {
            if (!onPath(command)) {
                throw new PackagingException(command + " is not on the PATH: install " + packageName
                        + (packageName.contains(" ") ? "" : " (Debian/Ubuntu: sudo apt-get install " + packageName + ")"));
            }
        }

        static boolean onPath(String command) {
            String path = System.getenv().getOrDefault("PATH", "");
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String suffix : List.of("", ".exe")) {
                    if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command + suffix))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static final class PackagingException extends RuntimeException {
        PackagingException(String message) {
            super(message);
        }
    }
}
