package org.paperfeed.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import org.paperfeed.app.prefs.Theme;

/**
 * The first CSS pass's fixed costs, paid on the FX thread while the library is still opening and the first rows are
 * read (until then the FX thread has nothing to do: {@code Application.init} waits for both, {@link StartingRows}).
 * Two things:
 * <ul>
 *   <li>the theme's user-agent stylesheet is set before any control class is initialised, so JavaFX never loads
 *       its own Modena stylesheet (a control's first use loads Modena when no user-agent stylesheet is set yet,
 *       and AtlantaFX's then replaces it);</li>
 *   <li>small scenes that are never shown, holding one of each kind of control the first window shows, are styled
 *       and laid out with the window's stylesheets: JavaFX loads a stylesheet once per address and keeps it, and
 *       the controls' skins, their classes and the fonts are loaded once per process. One scene per event: once
 *       the first rows are read ({@link #stop}) the rest is skipped, and {@code Stage.show} does it as before.</li>
 * </ul>
 * What the window shows is unchanged: the same stylesheets, applied to the same window, only loaded earlier.
 */
final class EarlyStyles {

    /** Set once the window is about to be built: the steps still queued then are left to {@code Stage.show}. */
    private static volatile boolean stopped;

    private EarlyStyles() {
    }

    /**
     * From any thread: queues the steps on the FX thread (toolkit started), one after the other, each a separate
     * event, so that once {@link #stop} is called the window's own start is not kept waiting behind them.
     */
    static void prepare(Theme theme) {
        stopped = false;
        List<Runnable> steps = List.of(
                () -> Application.setUserAgentStylesheet(userAgentStylesheet(theme)),
                () -> style(new Label("PaperFeed")),
                () -> style(new ToolBar(new Button("Refresh"), new ToggleButton("Day"), new CheckBox("Mark read"))),
                () -> style(list()),
                () -> style(new VBox(new TextField(), new DatePicker())),
                () -> style(new SplitPane(new ScrollPane(new Label("Select a paper")), new VBox())));
        Platform.runLater(() -> run(steps, 0));
    }

    /** The library is open: the window is built next, and what is left of the warm-up is done as it is styled. */
    static void stop() {
        stopped = true;
    }

    private static void run(List<Runnable> steps, int next) {
        // The first step always runs: it alone keeps Modena from being loaded, before the window's first control.
        if ((stopped && next > 0) || next >= steps.size()) {
            return;
        }
        steps.get(next).run();
        Platform.runLater(() -> run(steps, next + 1));
    }

    /** The AtlantaFX stylesheet for {@code theme}, as a class-path resource JavaFX finds in the shaded jar too. */
    static String userAgentStylesheet(Theme theme) {
        return (theme == Theme.DARK ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet();
    }

    private static ListView<String> list() {
        ListView<String> list = new ListView<>();
        list.getItems().add("paper");
        return list;
    }

    /** Styles and lays out {@code root} in a scene that is never shown, with the window's stylesheets. */
    private static void style(javafx.scene.Parent root) {
        Scene scene = new Scene(root, 640, 480);
        scene.getStylesheets().addAll(sheets());
        root.applyCss();
        root.layout();
    }

    /** The window's own stylesheets, in the order the window adds them. */
    static List<String> sheets() {
        return java.util.Arrays.stream(Css.SHEETS)
                .map(sheet -> Objects.requireNonNull(EarlyStyles.class.getResource(sheet), sheet).toExternalForm())
                .toList();
    }
}
