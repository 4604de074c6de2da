package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** The paper's tags as removable chips, and a field that adds one, completing from the tags already in use. */
final class TagEditor extends FlowPane {

    private static final int SUGGESTIONS = 8;

    private final ReaderViewModel model;
    private final TextField input = new TextField();
    private final ContextMenu suggestions = new ContextMenu();

    TagEditor(ReaderViewModel model) {
        super(6, 6);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        input.setId("tag-input");
        input.setPromptText("Add tag (t)");
        input.setPrefColumnCount(10);
        // Esc leaves the field for the list and drops a half-typed tag (Shortcuts); the suggestions close as the field
        // loses the focus.
        input.getProperties().put(Shortcuts.DROP_ON_ESCAPE, Boolean.TRUE);
        suggestions.setHideOnEscape(false);
        // While they show, the keys go to them, and Esc only closed them: the field kept the keyboard, and the "j"
        // and "s" typed next went into it ("mjs"), as did a note typed after n. Handed to the field, Esc leaves it.
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                suggestions.hide();
                Event.fireEvent(input, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, e.isShiftDown(),
                        e.isControlDown(), e.isAltDown(), e.isMetaDown()));
            }
        });
        input.textProperty().addListener((obs, old, text) -> suggest(text));
        input.setOnAction(e -> add(input.getText()));
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });
    }

    void show(Set<String> tags) {
        getChildren().clear();
        tags.stream().sorted().forEach(tag -> getChildren().add(chip(tag)));
        getChildren().add(input);
    }

    void focusInput() {
        input.requestFocus();
    }

    private HBox chip(String tag) {
        Label label = new Label(tag);
        Button remove = new Button(null, Icons.of(Icons.CLOSE));
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> model.removeTag(tag));
        HBox chip = new HBox(2, label, remove);
        // One tag longer than the pane is wide shortens with an ellipsis rather than reaching past the pane.
        label.setMinWidth(0);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.maxWidthProperty().bind(widthProperty());
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add(Css.CHIP);
        return chip;
    }

    /**
     * Emptied once the tag is saved: a tag refused (over the length limit, say) stays in the field beside the
     * reason, to be shortened rather than typed again.
     */
    private void add(String tag) {
        suggestions.hide();
        if (tag == null || tag.isBlank()) {
            input.clear();
            return;
        }
        // Not emptied if something else was typed while the tag was saved. A suggestion chosen leaves what was typed
        // to choose it, which is emptied too.
        String typed = input.getText();
        model.addTag(tag, () -> {
            if (typed.equals(input.getText())) {
                input.clear();
                // Back to the list, as Esc goes: the field had kept the keyboard, so the next j or s was typed into
                // it and the Enter after made a tag of it. Another tag is t again.
                if (input.isFocused()) {
                    Event.fireEvent(input, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false,
                            false, false));
                }
            }
        });
    }

    private void suggest(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        ObservableList<String> known = model.knownTags();
        if (typed.isEmpty() || getScene() == null) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(known.stream().filter(t -> t.startsWith(typed) && !t.equals(typed))
                .limit(SUGGESTIONS).map(this::item).toList());
        if (suggestions.getItems().isEmpty()) {
            suggestions.hide();
        } else if (!suggestions.isShowing()) {
            suggestions.show(input, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    private MenuItem item(String tag) {
        MenuItem item = new MenuItem(tag);
        item.setOnAction(e -> add(tag));
        return item;
    }
}
