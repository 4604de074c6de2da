package org.paperfeed.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.paperfeed.model.HighlightedText;

/**
 * Wrapped text that a feed or the reader wrote: a wrapped {@link Label}, or, when the text holds a word JavaFX shapes
 * as complex text, a {@link HighlightedTextFlow} with each such word a node of its own ({@link ComplexWords}). A
 * wrapped label draws such a text whole on its first line, on past its box, and its words again on the lines below
 * (an organization written with decomposed accents ran out of the reading pane). Text without such a word keeps
 * the label and its look: a flow spaces its lines a pixel or two closer than a label does.
 */
final class WrappedText extends StackPane {

    private final Label label = new Label();
    private final HighlightedTextFlow flow;
    private String text = "";

    /**
     * @param textClass the style class of the flow's words: they are {@link javafx.scene.text.Text} nodes, filled by
     *                  {@code -fx-fill} where the label's text takes {@code -fx-text-fill}
     */
    WrappedText(String textClass) {
        this.flow = new HighlightedTextFlow(Css.WRAPPED_TEXT, textClass);
        setAlignment(Pos.TOP_LEFT);
        label.setWrapText(true);
        getChildren().addAll(label, flow);
        showing(label);
    }

    /** The label, for its style classes: give the flow's words a rule that colours them alike. */
    Label label() {
        return label;
    }

    void setText(String value) {
        text = value == null ? "" : value;
        if (ComplexWords.any(text)) {
            label.setText("");
            flow.setText(HighlightedText.plain(text));
            showing(flow);
        } else {
            flow.setText(HighlightedText.plain(""));
            label.setText(text);
            showing(label);
        }
    }

    /** The text shown, whichever way. */
    String getText() {
        return text;
    }

    private void showing(Node shown) {
        for (Node node : getChildren()) {
            node.setVisible(node == shown);
            node.setManaged(node == shown);
        }
    }
}
