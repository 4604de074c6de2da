package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The reading pane's author line: the first {@value #SHOWN} authors and an "and 110 more" link that shows the rest.
 * A consortium paper names a hundred authors or more; listed in full they push the abstract below the fold.
 */
final class AuthorLine extends VBox {

    /** Authors shown before the list is expanded. */
    static final int SHOWN = 10;

    private final Label names = new Label();
    private final Hyperlink more = new Hyperlink();
    private List<String> authors = List.of();

    AuthorLine() {
        setId("reader-authors");
        names.setId("reader-authors-names");
        names.setWrapText(true);
        names.getStyleClass().addAll(Css.READER_META, Styles.TEXT_MUTED);
        more.setId("reader-authors-more");
        more.setFocusTraversable(false);
        more.setOnAction(e -> expand());
        getChildren().addAll(names, more);
    }

    /** Shows {@code list} collapsed: a new paper starts short again. Pages often name no authors: then nothing. */
    void show(List<String> list) {
        authors = List.copyOf(list);
        setVisible(!authors.isEmpty());
        setManaged(!authors.isEmpty());
        int hidden = Math.max(0, authors.size() - SHOWN);
        names.setText(String.join(", ", authors.subList(0, authors.size() - hidden)));
        more.setText("and " + hidden + " more");
        more.setVisible(hidden > 0);
        more.setManaged(hidden > 0);
    }

    /** Every author, and no link left to click. */
    void expand() {
        names.setText(String.join(", ", authors));
        more.setVisible(false);
        more.setManaged(false);
    }
}
