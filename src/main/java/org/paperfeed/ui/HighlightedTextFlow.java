package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.paperfeed.model.HighlightedText;

/**
 * Text with its search matches styled, built from plain {@link Text} nodes: titles and abstracts come from feeds
 * anyone can write, so they are never parsed as markup (no HTML, no WebView).
 */
public class HighlightedTextFlow extends TextFlow {

    private static final PseudoClass MATCH = PseudoClass.getPseudoClass(Css.MATCH);

    private final String textClass;

    public HighlightedTextFlow(String styleClass, String textClass) {
        this.textClass = textClass;
        getStyleClass().add(styleClass);
    }

    /**
     * Shows {@code text}, reusing the {@link Text} nodes already there: a list cell is refilled on every keystroke's
     * results, and a new node costs a style pass that an old one with new words does not. A text of fewer spans than
     * the last leaves the spare nodes in place, empty and out of the layout, for the next longer one: removing and
     * adding them again made a styled node on nearly every refill, as titles and snippets vary in their matches.
     */
    public void setText(HighlightedText text) {
        List<HighlightedText.Span> spans = drawable(text.spans());
        ObservableList<Node> nodes = getChildren();
        List<Node> added = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            HighlightedText.Span span = spans.get(i);
            Text node;
            if (i < nodes.size()) {
                node = (Text) nodes.get(i);
                node.setText(span.text());
                shown(node, true);
            } else {
                node = new Text(span.text());
                node.getStyleClass().add(textClass);
                added.add(node);
            }
            // A pseudo-class, not a style class: flipping it re-matches no selectors.
            node.pseudoClassStateChanged(MATCH, span.match());
        }
        nodes.addAll(added);
        for (int i = spans.size(); i < nodes.size(); i++) {
            Text spare = (Text) nodes.get(i);
            spare.setText("");
            spare.pseudoClassStateChanged(MATCH, false);
            shown(spare, false);
        }
    }

    /** The spans with each word JavaFX shapes as complex text cut out into a span of its own ({@link ComplexWords}). */
    private static List<HighlightedText.Span> drawable(List<HighlightedText.Span> spans) {
        List<HighlightedText.Span> drawable = null;
        for (int i = 0; i < spans.size(); i++) {
            HighlightedText.Span span = spans.get(i);
            List<String> pieces = ComplexWords.pieces(span.text());
            if (pieces.size() > 1 && drawable == null) {
                drawable = new ArrayList<>(spans.subList(0, i));
            }
            if (drawable != null) {
                for (String piece : pieces) {
                    drawable.add(new HighlightedText.Span(piece, span.match()));
                }
            }
        }
        return drawable == null ? spans : drawable;
    }

    /** A node out of the layout takes no room in the flow and is not drawn. */
    private static void shown(Text node, boolean shown) {
        if (node.isManaged() != shown) {
            node.setManaged(shown);
            node.setVisible(shown);
        }
    }

    /** The text shown, as the user reads it. */
    public String plainText() {
        StringBuilder all = new StringBuilder();
        getChildren().stream().filter(Node::isManaged).forEach(n -> all.append(((Text) n).getText()));
        return all.toString();
    }

    /** The parts shown as matches, for tests and accessibility. */
    public List<String> matches() {
        return getChildren().stream().filter(Node::isManaged).map(Text.class::cast)
                .filter(t -> t.getPseudoClassStates().contains(MATCH))
                .map(Text::getText).toList();
    }
}
