package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.WindowHandoff;
import org.paperfeed.cli.PaperFeedCli;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The About dialog, and the window coming forward when PaperFeed is started again on its library. */
class AboutWindowTest {

    @TempDir
    Path dir;
    PaperFeedApplication app;
    final FxRobot robot = new FxRobot();
    final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            // The dialog is a window of its own: closed here, or the next test would find this one's.
            // cleanupStages hides only stages; the About dialog is a window of its own and would keep the keyboard
            // focus, so the next window test's keys would go to it.
            WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows())
                    .forEach(javafx.stage.Window::hide)).get();
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
        }
    }

    private void start() throws Exception {
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), opened::add);
        app = WindowFixture.launch(startup);
    }

    @Test
    void f1ShowsTheVersionTheLibraryFolderWithAnOpenButtonAndTheLicences() throws Exception {
        start();
        robot.clickOn(app.window().feed().list());
        robot.type(KeyCode.F1);
        await(() -> robot.lookup("#about-data-folder").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String header = fx(pane::getHeaderText);
        assertThat(header).isEqualTo(cliVersion());
        String folder = fx(() -> robot.lookup("#about-data-folder").queryAs(Label.class).getText());
        assertThat(folder).isEqualTo(dir.toAbsolutePath().toString());
        TextArea licences = robot.lookup("#about-licences").queryAs(TextArea.class);
        await(() -> fx(licences::getText).contains("Apache Lucene"));
        String text = fx(licences::getText);
        assertThat(text).contains("OpenJDK 17", "OpenJFX", "Logback", "Classpath Exception");
        Label runtimeLabel = robot.lookup("#about-runtime").queryAs(Label.class);
        String runtime = fx(runtimeLabel::getText);
        // The JavaFX the build asks for (the pom's javafx.version, passed by surefire), not an older base module a
        // dependency brought in: it said "JavaFX 19+11" under JavaFX 21's graphics and controls.
        assertThat(runtime).contains("JavaFX " + System.getProperty("paperfeed.javafx.version"));
        // A margin between the text and the dialog's edge, and the licences wrapped, not cut at the box's edge.
        double paneLeft = fx(() -> pane.localToScene(pane.getLayoutBounds()).getMinX());
        assertThat(fx(() -> runtimeLabel.localToScene(runtimeLabel.getLayoutBounds()).getMinX()))
                .isGreaterThanOrEqualTo(paneLeft + 8);
        assertThat(fx(licences::isWrapText)).isTrue();
        // Its lines arrive after the dialog is laid out: each is shown whole, none under the next row.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> runtimeLabel.getHeight())).as("the runtime label's height, for its two lines")
                .isGreaterThanOrEqualTo(fx(() -> runtimeLabel.prefHeight(runtimeLabel.getWidth())) - 0.5);

        robot.clickOn("#about-open-folder");
        await(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(dir.toUri().toString());
    }

    @Test
    void theToolbarOffersTheDialogToo() throws Exception {
        start();
        robot.clickOn("#about");
        await(() -> robot.lookup("#about-licences").tryQuery().isPresent());
    }

    @Test
    void startingPaperFeedAgainOnTheLibraryBringsTheMinimisedWindowForward() throws Exception {
        start();
        WaitForAsyncUtils.asyncFx(() -> app.stage().setIconified(true)).get();
        await(() -> fx(() -> app.stage().isIconified()));

        assertThat(WindowHandoff.bringForward(new DataFolder(dir))).isEqualTo(WindowHandoff.Outcome.BROUGHT_FORWARD);
        await(() -> !fx(() -> app.stage().isIconified()));
    }

    /** The line {@code paperfeed --version} prints. */
    private static String cliVersion() {
        StringWriter out = new StringWriter();
        PaperFeedCli.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        return out.toString().strip();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
