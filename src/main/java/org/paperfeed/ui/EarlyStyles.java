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
 * The first CSS pass's fixed costs, paid on the FX thread while the library is still opening (until it is open the
 * FX thread has nothing to do: {@code Application.init} waits for it). Two things:
 * <ul>
 *   <li>the theme's user-agent stylesheet is set before any control class is initialised, so JavaFX never loads
 *       its own Modena stylesheet (a control's first use loads Modena when no user-agent stylesheet is set yet,
 *       and AtlantaFX's then replaces it);</li>
 *   <li>a scene that is never shown, holding one of each kind of control the first window shows, is styled and
 *       laid out with the window's stylesheets: JavaFX parses a stylesheet once per address and keeps it, and the
 *       controls' skins, their classes and the fonts are loaded once per process.</li>
 * </ul>
 * What the window shows is unchanged: the same stylesheets, applied to the same window, only parsed earlier.
 */
final class EarlyStyles {

    private EarlyStyles() {
    }

    /** From any thread: queues the work on the FX thread (toolkit started). */
    static void prepare(Theme theme) {
        Platform.runLater(() -> apply(theme));
    }

    /** The AtlantaFX stylesheet for {@code theme}, as a class-path resource JavaFX finds in the shaded jar too. */
    static String userAgentStylesheet(Theme theme) {
        return (theme == Theme.DARK ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet();
    }

    /** On the FX thread. */
    static void apply(Theme theme) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme));
        ListView<String> list = new ListView<>();
        list.getItems().add("paper");
        VBox root = new VBox(new ToolBar(new Label("PaperFeed"), new Button("Refresh"), new ToggleButton("Day"),
                new CheckBox("Mark read")), new DatePicker(), new TextField(),
                new SplitPane(list, new ScrollPane(new Label("Select a paper"))));
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
