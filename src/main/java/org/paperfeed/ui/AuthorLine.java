package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.paperfeed.model.HighlightedText;

/**
 * The reading pane's author line: the first {@value #SHOWN} authors and an "and 110 more" link that shows the rest.
 * A consortium paper names a hundred authors or more; listed in full they push the abstract below the fold. The
 * authors the list's search matched are marked as its matches in the abstract are; one matched among those not shown
 * yet is shown, after the first ones.
 */
final class AuthorLine extends VBox {

    /** Authors shown before the list is expanded. */
    static final int SHOWN = 10;

    private final HighlightedTextFlow names = new HighlightedTextFlow(Css.READER_AUTHORS, Css.READER_AUTHOR);
    private final Hyperlink more = new Hyperlink();
    private List<String> authors = List.of();
    private Set<Integer> matched = Set.of();
    private boolean expanded;

    AuthorLine() {
        setId("reader-authors");
        names.setId("reader-authors-names");
        more.setId("reader-authors-more");
        more.setFocusTraversable(false);
        more.setOnAction(e -> expand());
        getChildren().addAll(names, more);
    }

    /**
     * Shows {@code list} collapsed, the authors at places {@code matching} marked: a new paper starts short again.
     * Pages often name no authors: then nothing.
     */
    void show(List<String> list, Set<Integer> matching) {
        authors = List.copyOf(list);
        matched = Set.copyOf(matching);
        expanded = false;
        setVisible(!authors.isEmpty());
        setManaged(!authors.isEmpty());
        fill();
    }

    /** Marks the authors at places {@code matching} (the search changed, or its matches came). */
    void mark(Set<Integer> matching) {
        matched = Set.copyOf(matching);
        fill();
    }

    /** Every author, and no link left to click. */
    void expand() {
        expanded = true;
        fill();
    }

    private void fill() {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            if (expanded || i < SHOWN || matched.contains(i)) {
                shown.add(i);
            }
        }
        List<HighlightedText.Span> spans = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            if (k > 0) {
                // A gap in the list (a matched author far down it) reads as one.
                spans.add(new HighlightedText.Span(i == shown.get(k - 1) + 1 ? ", " : ", … ", false));
            }
            spans.add(new HighlightedText.Span(authors.get(i), matched.contains(i)));
        }
        names.setText(new HighlightedText(spans));
        int hidden = authors.size() - shown.size();
        more.setText("and " + hidden + " more");
        more.setVisible(hidden > 0);
        more.setManaged(hidden > 0);
    }
}
