package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.paperfeed.app.foryou.Interest;

/**
 * The interests For you learns from: each with how many papers it has, when it was last trained, a switch and a
 * Reset. The user asked for this window, so it is a dialog (like the mute rules).
 */
final class InterestsDialog extends Dialog<Void> {

    private static final DateTimeFormatter TRAINED = DateTimeFormatter.ofPattern("d MMM HH:mm");

    InterestsDialog(InterestsViewModel model, Window owner) {
        initOwner(owner);
        setTitle("For you: your interests");
        setHeaderText("For you learns one interest from your stars and one from each tag, on this computer.\n"
                + "Each needs " + Interest.MIN_POSITIVES + " papers; papers you dismiss (x) teach it what you do not"
                + " want.");
        ListView<Interest> list = new ListView<>(model.interests());
        list.setId("interests-list");
        list.setPrefHeight(220);
        Label none = new Label("No interest yet: star " + Interest.MIN_POSITIVES + " papers, or give "
                + Interest.MIN_POSITIVES + " papers on one topic the same tag.");
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new InterestCell(model));
        Label message = new Label();
        message.setId("interests-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(8, list, message);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    /** "12 papers · trained 5 Dec 14:02", or what it still needs. */
    static String state(Interest interest) {
        String papers = interest.positives() + (interest.positives() == 1 ? " paper" : " papers");
        if (!interest.hasEnoughPapers()) {
            return papers + " · needs " + Interest.MIN_POSITIVES + " to rank";
        }
        if (!interest.enabled()) {
            return papers + " · off";
        }
        return papers + (interest.trainedAt() == null ? " · not trained yet"
                : " · trained " + TRAINED.format(interest.trainedAt().atZone(ZoneId.systemDefault())));
    }

    private static final class InterestCell extends ListCell<Interest> {
        private final InterestsViewModel model;

        InterestCell(InterestsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Interest interest, boolean empty) {
            super.updateItem(interest, empty);
            if (empty || interest == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(ForYouMatch.label(interest.key()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label state = new Label(state(interest));
            // Ids without the colon of "tag:x", which a CSS lookup would read as a pseudo-class.
            String id = interest.key().replace(':', '-');
            state.setId("interest-state-" + id);
            state.getStyleClass().add(Styles.TEXT_MUTED);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            CheckBox on = new CheckBox("On");
            on.setId("interest-on-" + id);
            on.setSelected(interest.enabled());
            on.setOnAction(e -> model.setEnabled(interest, on.isSelected()));
            Button reset = new Button("Reset");
            reset.setId("interest-reset-" + id);
            reset.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            reset.setTooltip(new javafx.scene.control.Tooltip(
                    "Forget what it learned from dismissed papers and train it again from its papers"));
            reset.setOnAction(e -> model.reset(interest));
            HBox row = new HBox(8, name, state, gap, on, reset);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
