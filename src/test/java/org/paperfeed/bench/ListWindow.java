package org.paperfeed.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The first-screen benchmark's second yardstick: the least JavaFX window that shows a screen of paper rows, in
 * PaperFeed's theme (AtlantaFX Primer Light) and size, with no library behind it: a {@code ListView} of 200 rows held in
 * memory, each a title, a line of authors and two lines of abstract. Where {@link BareWindow} is what the ratio
 * is taken against, this shows how much of PaperFeed's distance from it any window of rows pays (JavaFX's controls,
 * their skins and the theme's first CSS pass), and so how much is PaperFeed's own (the library, its window's parts).
 * Started and timed like {@link BareWindow}, from the same jar: the time of the frame that holds the first laid-out
 * row with a paper, two pulses after its layout.
 */
public final class ListWindow {

    private ListWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                rows.add(new Row(i + ". Scaling laws for sparse mixture-of-experts language models under distribution"
                        + " shift", "A. Author, B. Author, C. Author · cs.CL · " + i + " upvotes",
                        "We study how sparse mixture-of-experts models behave when the test distribution differs from"
                                + " the training one. Across 24 benchmarks routing collapses; a simple fix recovers most"
                                + " of the loss at no extra cost."));
            }
            ListView<Row> list = new ListView<>(FXCollections.observableArrayList(rows));
            list.setCellFactory(view -> new RowCell());
            Scene scene = new Scene(new BorderPane(list), 1280, 820);
            BareWindow.reportFirstFrame(stage, scene, () -> rowLaidOut(list));
            stage.setTitle("List window");
            stage.setScene(scene);
            stage.show();
        }
    }

    private static boolean rowLaidOut(ListView<Row> list) {
        return list.lookupAll(".list-cell").stream()
                .anyMatch(node -> node instanceof RowCell cell && cell.getItem() != null && cell.getHeight() > 0);
    }

    /** One paper's row as the list shows it. */
    record Row(String title, String authors, String text) {
    }

    /** A title, its authors and two lines of its abstract, as a reader's row shows them at the least. */
    static final class RowCell extends ListCell<Row> {

        private final Label title = new Label();
        private final Label authors = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, title, authors, text);

        RowCell() {
            title.setWrapText(true);
            title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
            text.setWrapText(true);
            text.setMaxHeight(40);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                title.setText(row.title());
                authors.setText(row.authors());
                text.setText(row.text());
                setGraphic(box);
            }
        }
    }
}
