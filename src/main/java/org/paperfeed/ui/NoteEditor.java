package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.paperfeed.model.LibraryPaper;

/**
 * The paper's note in the reading pane: a plain-text area saved as typed ({@link NoteEditorModel}). Hidden while the
 * paper has no note, until {@code n} opens it. Esc leaves it for the list and keeps what was typed.
 */
final class NoteEditor extends VBox {

    private final NoteEditorModel model;
    private final TextArea text = new TextArea();
    private final Label status = new Label();
    /** Opened with {@code n} on a paper without a note; closed again when another paper is shown. */
    private final BooleanProperty opened = new SimpleBooleanProperty(false);
    private String paperId;
    /** True while the editor itself sets the text (another paper shown): that is no edit to save. */
    private boolean loading;

    NoteEditor(NoteEditorModel model) {
        super(4);
        this.model = model;
        setId("note");
        Label header = new Label("Note");
        header.getStyleClass().add(Css.READER_SECTION);
        status.setId("note-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, header, gap, status);
        top.setAlignment(Pos.BASELINE_LEFT);
        text.setId("note-editor");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText("Your note on this paper (saved as you type; Esc returns to the list)");
        text.textProperty().addListener((obs, old, value) -> {
            if (!loading && paperId != null) {
                model.typed(paperId, value);
            }
        });
        text.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            }
        });
        getChildren().addAll(top, text);
        visibleProperty().bind(opened.or(text.textProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    /**
     * Shows a paper's note. The same paper shown again (its marks changed, by this very note's save among others)
     * keeps what is in the editor: the text typed since that save must not be replaced by an older one.
     */
    void show(LibraryPaper paper) {
        String id = paper == null ? null : paper.id().value();
        if (id != null && id.equals(paperId)) {
            return;
        }
        paperId = id;
        model.editing(id);
        opened.set(false);
        loading = true;
        try {
            text.setText(paper == null ? "" : paper.state().note());
        } finally {
            loading = false;
        }
    }

    /** {@code n}: opens the editor on the shown paper and puts the caret at the end of its note. */
    void edit() {
        if (paperId == null) {
            return;
        }
        opened.set(true);
        text.requestFocus();
        text.positionCaret(text.getLength());
    }

    /** Back to the list, where single-key commands work again; the text stays and is saved. */
    private void leave() {
        Node list = getScene() == null ? null : getScene().lookup("#feed-list");
        if (list != null) {
            list.requestFocus();
        } else if (getParent() != null) {
            getParent().requestFocus();
        }
    }
}
