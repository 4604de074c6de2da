package org.paperfeed.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import org.paperfeed.model.HighlightedText;

/**
 * A wrapped link whose words a feed wrote (a related paper's title). A hyperlink wraps its text as a label does, and
 * JavaFX draws a wrapped run holding a character it shapes as complex text whole on its first line, on past the link
 * and the pane ({@link ComplexWords}). Such a text is drawn by a {@link HighlightedTextFlow} in the link's place,
 * each such word a node of its own, filled, underlined and set in the font the link's style gives its own text, so
 * it looks as the link does in each of its states (hover, visited). It stays the link: its text, the focus, the click
 * and the keys are the link's. Text without such a character is drawn by the link itself, as before.
 */
final class WrappedLink extends Hyperlink {

    private final HighlightedTextFlow flow = new HighlightedTextFlow(Css.WRAPPED_TEXT, Css.LINK_TEXT);

    WrappedLink(String text) {
        // The link's own wrapped text stays the measure of its height: taller than the flow, never shorter.
        setWrapText(true);
        textProperty().addListener((obs, old, value) -> show(value));
        setText(text);
    }

    private void show(String value) {
        String text = value == null ? "" : value;
        boolean complex = ComplexWords.any(text);
        flow.setText(HighlightedText.plain(complex ? text : ""));
        flow.getChildren().forEach(node -> looksAsTheLink((Text) node));
        setGraphic(complex ? flow : null);
        setContentDisplay(complex ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
    }

    private void looksAsTheLink(Text words) {
        words.fillProperty().bind(textFillProperty());
        words.underlineProperty().bind(underlineProperty());
        words.fontProperty().bind(fontProperty());
    }
}
