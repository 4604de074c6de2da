package org.paperfeed.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * About PaperFeed (F1, or the toolbar's "About" button): the version, the data folder with a button that opens it,
 * and the licences of the bundled libraries and of the Java runtime. The folder is opened and the licence notice is
 * read off the FX thread: asking the desktop to open a folder can block.
 */
final class AboutDialog {

    static final String NOTICE = "/org/paperfeed/THIRD-PARTY.txt";

    private final Dialog<Void> dialog = new Dialog<>();
    private final Label status = new Label();

    AboutDialog(Window owner, Path dataFolder, LinkOpener opener, TaskExecutor executor) {
        dialog.initOwner(owner);
        // Nothing in it asks for an answer: the window behind stays usable (and keeps its keys) while it is open.
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle("About PaperFeed");
        dialog.setHeaderText(versionLine());

        Label runtime = new Label();
        runtime.setId("about-runtime");
        // Its two lines arrive after the dialog is sized: the licences below give way, the lines are not cut.
        runtime.setMinHeight(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        Label folder = new Label(dataFolder.toString());
        folder.setId("about-data-folder");
        folder.setTooltip(new Tooltip("Where your library lives; uninstalling PaperFeed leaves it in place"));
        Button open = new Button("Open");
        open.setId("about-open-folder");
        open.setOnAction(e -> BackgroundTask.wrap(() -> opener.open(dataFolder.toUri().toString()))
                .onFailure(failure -> status.setText("The folder could not be opened: " + failure.getMessage()))
                .executeWith(executor));
        HBox folderLine = new HBox(8, new Label("Library:"), folder, open);
        HBox.setHgrow(folder, Priority.ALWAYS);

        TextArea licences = new TextArea("Loading…");
        licences.setId("about-licences");
        licences.setEditable(false);
        // Wrapped: the notice's long lines were cut at the box's edge behind a sideways scroll bar.
        licences.setWrapText(true);
        licences.setPrefRowCount(16);
        licences.setPrefColumnCount(72);
        licences.setStyle("-fx-font-family: monospace;");
        BackgroundTask.wrap(() -> new String[] {runtimeLine(), licences()})
                .onSuccess(texts -> {
                    runtime.setText(texts[0]);
                    licences.setText(texts[1]);
                })
                .onFailure(e -> licences.setText("The licence notice could not be read: " + e.getMessage()))
                .executeWith(executor);

        VBox content = new VBox(10, runtime, folderLine, status, new Label("Licences"), licences);
        // The dialog's content area has no margin of its own in this theme: the text touched the dialog's edge.
        content.setPadding(new Insets(8, 16, 4, 16));
        VBox.setVgrow(licences, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
    }

    /**
     * F1 opens the dialog from anywhere in the window, and an "About" button ends the toolbar. The button is looked
     * up rather than built into the toolbar, which belongs to {@link MainWindow}.
     */
    static void install(Scene scene, MainWindow window, Path dataFolder, LinkOpener opener, TaskExecutor executor) {
        Runnable show = () -> new AboutDialog(scene.getWindow(), dataFolder, opener, executor).show();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), show);
        Button about = new Button("About");
        about.setId("about");
        about.setTooltip(new Tooltip("Version, library folder and licences (F1)"));
        about.setOnAction(e -> show.run());
        window.addToToolbar(about);
    }

    void show() {
        dialog.show();
    }

    /** The line {@code paperfeed --version} prints: the version of the jar this class came from. */
    static String versionLine() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return "PaperFeed " + (version == null ? "dev" : version);
    }

    /** Which Java and JavaFX run the window, and where the runtime's own licence texts are. */
    static String runtimeLine() {
        Path legal = Path.of(System.getProperty("java.home"), "legal");
        return "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                + "), JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + (Files.isDirectory(legal) ? "\nRuntime licences: " + legal : "");
    }

    static String licences() {
        try (InputStream in = Objects.requireNonNull(AboutDialog.class.getResourceAsStream(NOTICE), NOTICE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
