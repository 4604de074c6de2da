package org.paperfeed.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
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
    /** Whether the flow's words take the label's own fill and font, whatever styles the label ({@link #asItsLabel}). */
    private boolean asLabel;

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
        // The label's tooltip (a notice's whole text, a source's last refresh) is the flow's too: set on the label,
        // hidden while the flow shows, it never appeared for text in complex script.
        label.tooltipProperty().addListener((obs, old, tip) -> {
            if (old != null) {
                javafx.scene.control.Tooltip.uninstall(flow, old);
            }
            if (tip != null) {
                javafx.scene.control.Tooltip.install(flow, tip);
            }
        });
        show(label.getText());
    }

    /**
     * Wrapped text whose flow fills and sets its words as the label's own text, in each state the label's place styles
     * it (a sidebar's line, selected or not): for a label no style class of its own colours.
     */
    static WrappedText asItsLabel() {
        WrappedText text = new WrappedText(Css.LABEL_TEXT);
        text.asLabel = true;
        return text;
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
        if (asLabel) {
            flow.getChildren().forEach(node -> {
                ((Text) node).fillProperty().bind(label.textFillProperty());
                ((Text) node).fontProperty().bind(label.fontProperty());
            });
        }
        for (Node node : getChildren()) {
            boolean shown = (node == flow) == complex;
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
