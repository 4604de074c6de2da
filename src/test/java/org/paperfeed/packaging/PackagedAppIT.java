package org.paperfeed.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The .deb as a user gets it: unpacked with {@code dpkg-deb -x} into a temporary root and run with no JDK reachable
 * (no java on the PATH, no JAVA_HOME), from a home folder of its own. Runs in {@code ./mvnw -Ppackage verify} only,
 * after the package phase built the .deb (docs/packaging.md); the window part needs Xvfb.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedAppIT {

    private static final Path TARGET = Path.of(System.getProperty("packaged.target", "target")).toAbsolutePath();
    private static final String PASSWORD = "paperfeed-test";

    @TempDir
    static Path root;
    static Path launcher;
    static Path home;
    static Path data;
    static Path noJava;

    @BeforeAll
    static void unpack() throws Exception {
        Path deb;
        try (Stream<Path> files = Files.list(TARGET.resolve("dist"))) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no .deb in " + TARGET.resolve("dist")
                            + ": run ./mvnw -Ppackage verify"));
        }
        Path unpacked = root.resolve("root");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), Map.of(), 120).status)
                .isZero();
        launcher = unpacked.resolve("opt/paperfeed/bin/PaperFeed");
        assertThat(launcher).isExecutable();
        home = Files.createDirectories(root.resolve("home"));
        data = root.resolve("data");
        noJava = Files.createDirectories(root.resolve("empty-bin"));
    }

    @Test
    @Order(1)
    void versionPrintsTheJarsLine() throws Exception {
        Result packaged = paperfeed(Map.of(), "--version");
        Result jar = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TARGET.resolve("paperfeed.jar").toString(), "--version"), Map.of(), 60);

        assertThat(packaged.status).isZero();
        assertThat(packaged.out.strip()).isEqualTo(jar.out.strip()).startsWith("PaperFeed ");
    }

    /**
     * The class-data sharing archive the build dumped into the runtime still maps after the package was unpacked
     * somewhere else: with -Xshare:on the JVM refuses to start when it cannot.
     */
    @Test
    @Order(2)
    void theClassDataArchiveMapsWhereverThePackageIsUnpacked() throws Exception {
        Result shared = paperfeed(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "--version");

        assertThat(shared.status).as(shared.err).isZero();
        assertThat(shared.out).startsWith("PaperFeed ");
    }

    @Test
    @Order(3)
    void importsTheSampleAndListsItAsJson() throws Exception {
        Path sample = root.resolve("hf-papers-page.txt");
        try (InputStream in = PackagedAppIT.class.getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.copy(in, sample);
        }
        Result imported = paperfeed(Map.of(), "import", sample.toString());
        assertThat(imported.status).as(imported.err).isZero();
        assertThat(imported.out).contains("74 new");

        Result listed = paperfeed(Map.of(), "list", "--json", "--limit", "500");
        assertThat(listed.status).as(listed.err).isZero();
        JsonNode papers = new ObjectMapper().readTree(listed.out);
        assertThat(papers.size()).isEqualTo(74);
        assertThat(papers.get(0).get("title").asString()).isNotBlank();
    }

    /**
     * HTTPS from a loopback server with an elliptic-curve certificate: only a runtime holding jdk.crypto.ec can
     * complete that handshake. The packaged runtime is told to trust the test's certificate through
     * JAVA_TOOL_OPTIONS, which every JVM reads, so the package needs no test hook.
     */
    @Test
    @Order(4)
    void refreshesASourceOverHttps() throws Exception {
        Path serverStore = root.resolve("server.p12");
        Path trustStore = root.resolve("trust.p12");
        Path certificate = root.resolve("server.cer");
        keytool("-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", serverStore.toString(), "-storetype", "PKCS12");
        keytool("-exportcert", "-alias", "localhost", "-keystore", serverStore.toString(), "-file",
                certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "localhost", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12");

        String feed;
        try (InputStream in = PackagedAppIT.class.getResourceAsStream("/org/paperfeed/app/refresh/arxiv-cs-lg.rss")) {
            feed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (MockWebServer server = new MockWebServer()) {
            server.useHttps(sslContext(serverStore).getSocketFactory());
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/rss+xml")
                    .body(feed).build());
            server.start();
            String url = "https://localhost:" + server.getPort() + "/cs-lg.rss";
            Map<String, String> trust = Map.of("JAVA_TOOL_OPTIONS", "-Djavax.net.ssl.trustStore=" + trustStore
                    + " -Djavax.net.ssl.trustStorePassword=" + PASSWORD + " -Djavax.net.ssl.trustStoreType=PKCS12");

            Result added = paperfeed(trust, "sources", "add", url, "--name", "Loopback");
            assertThat(added.status).as(added.err).isZero();
            Result refreshed = paperfeed(trust, "refresh", "Loopback");

            assertThat(refreshed.status).as(refreshed.err).isZero();
            assertThat(refreshed.out).startsWith("Loopback: ").contains(" new");
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.getTarget()).isEqualTo("/cs-lg.rss");
        }
    }

    /** The window opens from the package under a virtual display, JavaFX loading as modules from the runtime. */
    @Test
    @Order(5)
    void opensTheWindowWithJavaFxFromTheRuntime() throws Exception {
        String display = ":" + (90 + (int) (ProcessHandle.current().pid() % 50));
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(root.resolve("xvfb.log").toFile()).start();
        Process window = null;
        try {
            Thread.sleep(1000);
            assertThat(xvfb.isAlive()).as("Xvfb (Debian: apt-get install xvfb) did not start").isTrue();
            List<String> command = List.of(launcher.toString(), "--data-dir", data.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(root.resolve("window.out").toFile())
                    .redirectError(root.resolve("window.err").toFile());
            environment(builder, Map.of("DISPLAY", display));
            window = builder.start();
            boolean shown = false;
            for (int i = 0; i < 120 && window.isAlive() && !shown; i++) {
                Thread.sleep(500);
                shown = run(List.of("xdotool", "search", "--name", "^PaperFeed$"), Map.of("DISPLAY", display), 10)
                        .status == 0;
            }
            String err = Files.readString(root.resolve("window.err"));
            assertThat(shown).as("the packaged window did not appear (found with xdotool; Debian: apt-get install "
                    + "xdotool); its stderr: " + err).isTrue();
            // Mapped is not painted: wait until the screen shows more than a black background or a blank white window
            // (the painted window is about 30 % greys and colours).
            Path screenshot = TARGET.resolve("packaged-window.png");
            double painted = 0;
            for (int i = 0; i < 90 && painted < 0.05; i++) {
                Thread.sleep(1000);
                run(List.of("import", "-display", display, "-window", "root", screenshot.toString()), Map.of(), 30);
                painted = paintedShare(screenshot);
            }
            assertThat(painted).as("share of the screen the packaged window painted (screenshot with ImageMagick's "
                    + "import; Debian: apt-get install imagemagick)").isGreaterThanOrEqualTo(0.05);
            err = Files.readString(root.resolve("window.err"));
            assertThat(window.isAlive()).as(err).isTrue();
            assertThat(err).doesNotContain("Unsupported JavaFX configuration");
            // Its native libraries come from the runtime: nothing is unpacked into the user's home.
            assertThat(home.resolve(".openjfx")).doesNotExist();
        } finally {
            if (window != null) {
                window.destroy();
                window.waitFor(20, TimeUnit.SECONDS);
            }
            xvfb.destroy();
        }
    }

    /** The share of pixels neither black nor white; 0 when there is no readable screenshot. */
    private static double paintedShare(Path png) throws IOException {
        if (!Files.exists(png)) {
            return 0;
        }
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            return 0;
        }
        long lit = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0 && rgb != 0xFFFFFF) {
                    lit++;
                }
            }
        }
        return lit / (double) (((image.getHeight() + 3) / 4) * ((image.getWidth() + 3) / 4));
    }

    private static SSLContext sslContext(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD));
        Result result = run(command, Map.of(), 60);
        assertThat(result.status).as(result.err + result.out).isZero();
    }

    private record Result(int status, String out, String err) {
    }

    private static Result paperfeed(Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder, extra);
        return finish(builder, 120);
    }

    /** No JDK reachable: a PATH with nothing on it, no JAVA_HOME, a home folder of its own. */
    private static void environment(ProcessBuilder builder, Map<String, String> extra) {
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", noJava.toString());
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.putAll(extra);
    }

    private static Result run(List<String> command, Map<String, String> extra, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(extra);
        return finish(builder, seconds);
    }

    private static Result finish(ProcessBuilder builder, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(builder.command() + " did not finish in " + seconds + " s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
