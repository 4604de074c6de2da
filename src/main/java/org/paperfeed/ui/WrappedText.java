package org.paperfeed.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.paperfeed.model.HighlightedText;

/**
 * Wrapped text that a feed or the reader wrote: a wrapped {@link Label}, or, when its text holds a character JavaFX
 * shapes as complex text, a {@link HighlightedTextFlow} with each such word a node of its own ({@link ComplexWords}).
 * A wrapped label draws such a text whole on its first line, on past its box, and its words again on the lines below
 * (an organization written with decomposed accents ran out of the reading pane). Text without such a character
 * keeps the label and its look: a flow spaces its lines a pixel or two closer than a label does.
 *
 * <p>The label always holds the text, shown or not: set, bind and style it as any label ({@link #label}); the flow
 * follows it, and takes its padding and alignment.
 */
final class WrappedText extends StackPane {

    private final Label label = new Label();
    private final HighlightedTextFlow flow;

    /**
     * @param textClass the style class of the flow's words: they are {@link javafx.scene.text.Text} nodes, filled by
     *                  {@code -fx-fill} where the label's text takes {@code -fx-text-fill}
     */
    WrappedText(String textClass) {
        this.flow = new HighlightedTextFlow(Css.WRAPPED_TEXT, textClass);
        setAlignment(Pos.TOP_LEFT);
        label.setWrapText(true);
        flow.paddingProperty().bind(label.paddingProperty());
        flow.textAlignmentProperty().bind(label.textAlignmentProperty());
        getChildren().addAll(label, flow);
        label.textProperty().addListener((obs, old, text) -> show(text));
        show(label.getText());
    }

    /** The label that holds the text: its text, style classes and id are the text's. */
    Label label() {
        return label;
    }

    void setText(String value) {
        label.setText(value);
    }

    /** The text shown, whichever way. */
    String getText() {
        return label.getText() == null ? "" : label.getText();
    }

    private void show(String value) {
        String text = value == null ? "" : value;
        boolean complex = ComplexWords.any(text);
        flow.setText(HighlightedText.plain(complex ? text : ""));
        for (Node node : getChildren()) {
            boolean shown = (node == flow) == complex;
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
