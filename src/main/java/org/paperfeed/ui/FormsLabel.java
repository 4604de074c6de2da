package org.paperfeed.ui;

import java.util.List;
import javafx.scene.control.Label;

/**
 * A one-line label with several forms of its text, longest first: it asks for the room of the first and shows the
 * longest it is given room for, the last cut with an ellipsis when even that one does not fit. A row's listing line
 * so keeps its counts and shortens the source's name: cut at its end, "Hugging Face JSON (imported 2026-08-21.json) #4
 * · ▲32" had lost the upvotes on most rows of a Hugging Face day.
 */
final class FormsLabel extends Label {

    private List<String> forms = List.of("");
    /** Each form's width in {@link #measuredIn}, measured when first needed. */
    private double[] widths = new double[0];
    private javafx.scene.text.Font measuredIn;

    /** Shows {@code value} (longest first; at least one), the longest the label has room for. */
    void setForms(List<String> value) {
        if (value.equals(forms)) {
            return;
        }
        forms = List.copyOf(value);
        measuredIn = null;
        setText(forms.get(0));
        requestLayout();
    }

    /** The text the label stands for: its longest form, whichever is shown. */
    String wholeText() {
        return forms.get(0);
    }

    private double width(int i) {
        if (measuredIn != getFont()) {
            measuredIn = getFont();
            widths = new double[forms.size()];
            java.util.Arrays.fill(widths, -1);
        }
        if (widths[i] < 0) {
            widths[i] = Math.ceil(TextFit.width(forms.get(i), measuredIn));
        }
        return widths[i];
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + width(0) + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        int shown = forms.size() - 1;
        for (int i = 0; i < forms.size(); i++) {
            if (width(i) <= room) {
                shown = i;
                break;
            }
        }
        if (!forms.get(shown).equals(getText())) {
            setText(forms.get(shown));
        }
        super.layoutChildren();
    }
}
