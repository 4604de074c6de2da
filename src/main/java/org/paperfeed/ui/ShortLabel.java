package org.paperfeed.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * A label in the toolbar whose preferred width is never more than its maximum width: the toolbar moves items into its
 * overflow menu by their preferred widths, and a long message there (a refresh's, the last triage's) had pushed the
 * controls after it into the menu although it would have been cut to its maximum width. A text cut short ends in an
 * ellipsis; the whole of it is in the tooltip. The maximum may change while it is shown (the refresh message has the
 * room the toolbar has left).
 */
final class ShortLabel extends Label {

    ShortLabel(double maxWidth) {
        setMaxWidth(maxWidth);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(textProperty());
        // No empty tooltip while there is nothing to say.
        textProperty().addListener((obs, was, text) -> setTooltip(text == null || text.isEmpty() ? null : tooltip));
        // The preferred width depends on the maximum, which may change with the room the toolbar has: the label's
        // own cached preferred width must go with it (a new maximum only asks the parent for a layout).
        maxWidthProperty().addListener((obs, was, max) -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(super.computePrefWidth(height), getMaxWidth());
    }
}
