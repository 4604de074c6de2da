package org.paperfeed.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * A message in the toolbar that asks for little room and takes what the controls leave: its preferred width is at
 * most {@code least}, and it grows (in an HBox that lets it) up to its whole text. The toolbar moves items into its
 * overflow menu by their preferred widths, so a message never pushes a control there, and never squeezes one: only
 * when even the message's least does not fit does a control go. A long message there (a refresh's, the last
 * triage's) had pushed the controls after it into the menu; cut to a fixed width instead, it had been cut with
 * hundreds of pixels free. A text cut short ends in an ellipsis; the whole of it is in the tooltip.
 */
final class ShortLabel extends Label {

    private final double least;

    ShortLabel(double least) {
        this.least = least;
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(textProperty());
        // No empty tooltip while there is nothing to say.
        textProperty().addListener((obs, was, text) -> setTooltip(text == null || text.isEmpty() ? null : tooltip));
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(super.computePrefWidth(height), least);
    }

    /** The whole text's width: a label's own maximum is its preferred width, which here may be less. */
    @Override
    protected double computeMaxWidth(double height) {
        return super.computePrefWidth(height);
    }
}
