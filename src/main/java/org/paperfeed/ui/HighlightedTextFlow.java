package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.paperfeed.model.HighlightedText;

/**
 * Text with its search matches styled, built from plain {@link Text} nodes: titles and abstracts come from feeds
 * anyone can write, so they are never parsed as markup (no HTML, no WebView).
 */
public final class HighlightedTextFlow extends TextFlow {

    private final String textClass;

    public HighlightedTextFlow(String styleClass, String textClass) {
        this.textClass = textClass;
        getStyleClass().add(styleClass);
    }

    public void setText(HighlightedText text) {
        List<Node> nodes = new ArrayList<>(text.spans().size());
        for (HighlightedText.Span span : text.spans()) {
            Text node = new Text(span.text());
            node.getStyleClass().add(textClass);
            if (span.match()) {
                node.getStyleClass().add(Css.MATCH);
            }
            nodes.add(node);
        }
        getChildren().setAll(nodes);
    }

    /** The text shown, as the user reads it. */
    public String plainText() {
        StringBuilder all = new StringBuilder();
        getChildren().forEach(n -> all.append(((Text) n).getText()));
        return all.toString();
    }

    /** The parts shown as matches, for tests and accessibility. */
    public List<String> matches() {
        return getChildren().stream().map(Text.class::cast).filter(t -> t.getStyleClass().contains(Css.MATCH))
                .map(Text::getText).toList();
    }
}
