package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.paperfeed.app.foryou.Recommendation;
import org.paperfeed.app.foryou.WhyTerm;

/**
 * The reading pane's "Why" section: which interest scores the paper best and how well, then the paper's words
 * (stems, word pairs, authors) with the largest weight × presence, largest first. Shown for any paper, ranked or
 * not, so the reader can see what For you learned; without an interest it says how to give it one.
 */
final class WhySection extends VBox {

    /** "Matches #tag · score 0.83": it names the reader's tag, which may be written in any script. */
    private final WrappedText interest = WrappedText.asItsLabel();
    private final FlowPane terms = new FlowPane(4, 4);
    /** What For you still needs, or why it ranks nothing: it may name the reader's tags, in any script. */
    private final WrappedText note = new WrappedText(Styles.TEXT_MUTED);

    WhySection(ObservableValue<Recommendation> why, ObservableStringValue whyNote) {
        super(6);
        setId("reader-why");
        getStyleClass().add(Css.WHY);
        Label header = new Label("Why For you");
        header.getStyleClass().add(Css.READER_SECTION);
        interest.setId("reader-why-interest");
        terms.setId("reader-why-terms");
        note.setId("reader-why-note");
        note.label().getStyleClass().addAll(Css.READER_META, Styles.TEXT_MUTED);
        getChildren().addAll(header, interest, terms, note);
        why.addListener((obs, old, value) -> show(value, whyNote.get()));
        whyNote.addListener((obs, old, text) -> show(why.getValue(), text));
        show(null, "");
    }

    private void show(Recommendation value, String text) {
        boolean known = value != null;
        interest.setText(known ? new ForYouMatch(value.interest(), value.score()).describe() : "");
        terms.getChildren().setAll(known ? value.why().stream().map(WhySection::term).toList()
                : java.util.List.of());
        note.setText(known && value.why().isEmpty() ? "No word of this paper raised its score." : text);
        show(interest, known);
        show(terms, known && !value.why().isEmpty());
        show(note, !note.getText().isEmpty());
        show(this, known || !text.isEmpty());
    }

    /** "diffusion model +0.42": the feature as the app names it and what it added to the score. */
    private static Label term(WhyTerm term) {
        Label chip = new Label(term.term() + "  +" + String.format(Locale.ROOT, "%.2f", term.weight()));
        chip.getStyleClass().addAll(Css.CHIP, Css.WHY_TERM);
        return chip;
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
