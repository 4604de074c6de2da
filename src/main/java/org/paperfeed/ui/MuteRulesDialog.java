package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.paperfeed.model.MuteRule;

/**
 * The mute rules: each with how many papers it hides and a Remove button, and a field for a new one that says, while
 * it is typed, how many stored papers it would hide. The user asked for this window, so it is a dialog; nothing else is.
 */
final class MuteRulesDialog extends Dialog<Void> {

    MuteRulesDialog(MuteRulesViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Mute rules");
        setHeaderText("Papers a rule matches are hidden from day and source views (never starred or tagged ones).\n"
                + "They stay in searches with a badge; the Muted view lists them.");
        ListView<MuteRule> rules = new ListView<>(model.rules());
        rules.setId("mute-rules-list");
        rules.setPrefHeight(180);
        rules.setPlaceholder(new Label("No mute rules"));
        rules.setCellFactory(v -> new RuleCell(model));
        // The counts arrive after the rules (each is a search): the cells say them once they are there.
        model.hides().addListener((javafx.collections.MapChangeListener<String, Long>) change -> rules.refresh());
        TextField query = new TextField();
        query.setId("mute-rule-query");
        query.setPromptText("title:survey   author:\"Some One\"   cat:cs.CV -tag:keep");
        HBox.setHgrow(query, Priority.ALWAYS);
        Button add = new Button("Add rule");
        add.setId("mute-rule-add");
        add.disableProperty().bind(query.textProperty().isEmpty());
        // Emptied once the rule is saved: a rule refused stays beside its reason, to be put right.
        add.setOnAction(e -> model.add(query.getText(), query::clear));
        query.setOnAction(e -> add.fire());
        query.textProperty().addListener((obs, old, text) -> model.preview(text));
        // The help line is longer than the dialog is wide: it wraps, as a refusal's reason does, rather than lose its
        // last examples to an ellipsis.
        Label preview = wrapping(new Label());
        preview.setId("mute-rule-preview");
        preview.getStyleClass().add(Styles.TEXT_MUTED);
        preview.textProperty().bind(model.previewProperty());
        Label error = wrapping(new Label());
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(8, rules, new HBox(6, query, add), preview, error);
        // No padding set here: the theme's for a dialog's content keeps it off the border on the left and right as
        // the header's text is. One set in code (it was 8 above, 0 on the sides) replaced the theme's, and "Add rule"
        // stood against the right border, which cut its edge.
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnShown(e -> query.requestFocus());
        model.load();
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static final class RuleCell extends ListCell<MuteRule> {
        private final MuteRulesViewModel model;

        RuleCell(MuteRulesViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(MuteRule rule, boolean empty) {
            super.updateItem(rule, empty);
            if (empty || rule == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(rule.query());
            text.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Long hidden = model.hides().get(rule.id());
            Label hides = new Label(hidden == null ? "" : "hides " + DayBarViewModel.papers(hidden.intValue()));
            hides.setId("mute-rule-hides-" + rule.id());
            hides.getStyleClass().add(Styles.TEXT_MUTED);
            hides.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button("Remove");
            remove.setId("mute-rule-remove-" + rule.id());
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setOnAction(e -> model.remove(rule));
            HBox row = new HBox(6, text, gap, hides, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
