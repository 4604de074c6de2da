package org.paperfeed.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Which of a text's forms a control has room for: the day bar's label and the search field's hint each show the
 * longest of theirs that fits whole, rather than the longest cut mid-word.
 */
final class TextFit {

    private TextFit() {
    }

    /** How wide {@code text} is drawn in {@code font}. */
    static double width(String text, Font font) {
        Text measured = new Text(text == null ? "" : text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    /** The first of {@code forms} (longest first) whose {@code width} is at most {@code room}; empty when none is. */
    static Optional<String> longest(List<String> forms, ToDoubleFunction<String> width, double room) {
        return forms.stream().filter(form -> width.applyAsDouble(form) <= room).findFirst();
    }
}
