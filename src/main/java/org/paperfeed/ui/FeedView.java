package org.paperfeed.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The search field over the list of papers. */
public final class FeedView extends VBox {

    /** Long enough to skip the intermediate words of a fast typist, short enough to feel live. */
    static final Duration DEBOUNCE = Duration.millis(180);

    private final FeedViewModel model;
    private final TextField search = new TextField();
    private final ListView<FeedRow> list = new ListView<>();

    public FeedView(FeedViewModel model, SidebarViewModel sidebar) {
        this.model = model;
        getStyleClass().add(Css.FEED);
        search.setId("search");
        search.setPromptText("Search  (/)   words, \"phrases\", OR, -word, author:, tag:, is:unread, after:2024-01-01");
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        debounce.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                debounce.stop();
                model.search("");
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                debounce.stop();
                model.search(search.getText());
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        Button save = new Button(null, Icons.of(Icons.SAVE_SEARCH));
        save.setId("save-search");
        save.getStyleClass().add("flat");
        save.setTooltip(new Tooltip("Save this search as a smart feed"));
        save.disableProperty().bind(search.textProperty().isEmpty());
        save.setOnAction(e -> askNameAndSave(sidebar));
        HBox bar = new HBox(4, search, save);

        Label error = new Label();
        error.setId("query-error");
        error.getStyleClass().add(Css.QUERY_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.queryErrorProperty());
        error.visibleProperty().bind(model.queryErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = new Label();
        status.setId("feed-status");
        status.getStyleClass().add(Css.FEED_STATUS);
        status.textProperty().bind(model.statusProperty());

        list.setId("feed-list");
        list.setItems(model.rows());
        list.setCellFactory(v -> new FeedCell(model));
        list.setPlaceholder(new Label("No papers here yet"));
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        VBox header = new VBox(4, bar, error, status);
        header.setPadding(new Insets(0, 8, 0, 8));
        getChildren().addAll(header, list);
    }

    private void askNameAndSave(SidebarViewModel sidebar) {
        TextInputDialog ask = new TextInputDialog(search.getText().strip());
        ask.setTitle("Save search");
        ask.setHeaderText("Name this search; it appears in the sidebar with its unread count.");
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().filter(name -> !name.isBlank())
                .ifPresent(name -> {
                    String query = search.getText().strip();
                    // The saved feed now carries the query; left in the field it would be applied twice.
                    search.clear();
                    model.search("");
                    sidebar.saveSearch(name, query);
                });
    }

    public TextField searchField() {
        return search;
    }

    public ListView<FeedRow> list() {
        return list;
    }
}
