package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.paperfeed.model.LibraryPaper;

/**
 * One row of the feed list. The nodes are built once per cell and refilled as the list scrolls: the ListView
 * keeps only a screenful of cells, which is what keeps 100,000 rows smooth. Refilling changes what the nodes say,
 * never which nodes there are: every visible cell is refilled on each keystroke's results, and a new node (above
 * all a tooltip, which is a window with its own scene) costs a style pass that would double the time to show them.
 */
final class FeedCell extends ListCell<FeedRow> {

    private final FeedViewModel model;
    private final Region unreadDot = new Region();
    private final HighlightedTextFlow title = new HighlightedTextFlow(Css.ROW_TITLE, Css.ROW_TITLE);
    /** The meta line: authors, then the date, then the id; in a narrow list the authors shorten, never the date. */
    private final Label meta = new Label();
    private final Label date = new Label();
    private final Label facts = new Label();
    /** Where the paper was listed and how popular it was there: "HF daily #3 · ▲142 · arXiv cs.LG". */
    private final FormsLabel listings = new FormsLabel();
    /** "not interested" (or "muted") on a hidden paper that a search still shows. */
    private final Label hidden = new Label();
    /** Which interest ranked the paper, when the list is ranked For you: "like ★ starred", "like #robotics". */
    private final Label match = new Label();
    private final Tooltip matchTip = new Tooltip();
    /** Shown on papers with a note. */
    private final FontIcon noteIcon = Icons.of(Icons.NOTE);
    private final HighlightedTextFlow snippet = new HighlightedTextFlow(Css.ROW_SNIPPET, Css.ROW_SNIPPET);
    private final FlowPane chips = new FlowPane(4, 4);
    private final FontIcon starIcon = Icons.of(Icons.UNSTARRED);
    private final Tooltip starTip = new Tooltip();
    private final Button star = new Button(null, starIcon);
    private final HBox root;
    /** The title, the meta line, the badges, the snippet and the tags, one under the other. */
    private final VBox text;
    private final MetaLine metaLine;

    FeedCell(FeedViewModel model) {
        this.model = model;
        unreadDot.getStyleClass().add(Css.UNREAD_DOT);
        meta.getStyleClass().addAll(Css.ROW_META, Styles.TEXT_MUTED);
        meta.setMinWidth(0);
        date.getStyleClass().addAll(Css.ROW_META, Styles.TEXT_MUTED, Css.ROW_DATE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        facts.getStyleClass().addAll(Css.ROW_META, Styles.TEXT_MUTED);
        facts.setMinWidth(0);
        metaLine = new MetaLine(meta, date, facts);
        listings.getStyleClass().add(Css.ROW_LISTINGS);
        listings.setMinWidth(0);
        hidden.getStyleClass().add(Css.HIDDEN_BADGE);
        hidden.setMinWidth(Region.USE_PREF_SIZE);
        match.getStyleClass().add(Css.FOR_YOU_BADGE);
        match.setMinWidth(Region.USE_PREF_SIZE);
        match.setTooltip(matchTip);
        star.getStyleClass().addAll(Css.STAR, Styles.FLAT, Styles.BUTTON_ICON);
        star.setFocusTraversable(false);
        star.setTooltip(starTip);
        star.setOnAction(e -> {
            if (getItem() != null) {
                model.toggleStar(getItem().entry());
            }
        });
        noteIcon.getStyleClass().add(Css.ROW_NOTE);
        HBox badges = new HBox(6, match, listings, hidden, noteIcon);
        badges.setAlignment(Pos.CENTER_LEFT);
        text = new VBox(3, title, metaLine, badges, snippet, chips);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        // Wrapped text needs a width to measure its height against; without one, a cell is sized for one line
        // and long snippets spill into the next row. The width is the one the row is measured or laid out at
        // (wrapTo), not a binding to the cell's width.
        title.prefWidthProperty().bind(text.prefWidthProperty());
        snippet.prefWidthProperty().bind(text.prefWidthProperty());
        title.maxWidthProperty().bind(text.prefWidthProperty());
        snippet.maxWidthProperty().bind(text.prefWidthProperty());
        root = new HBox(8, unreadDot, text, star);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add(Css.ROW);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(FeedRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            // Hidden, not taken out: the list measures rows with one cell it empties after each row, and a card put
            // back into a cell was styled again whole (most of the cells' own update time in a keystroke's profile).
            root.setVisible(false);
            root.setManaged(false);
            return;
        }
        root.setVisible(true);
        root.setManaged(true);
        widenIfNew();
        model.rowShown(getIndex());
        LibraryPaper entry = row.entry();
        // Shown in Unicode (Schr\"odinger as Schrödinger, CO$_2$ as CO₂), the search's marks kept on the same words.
        title.setText(org.paperfeed.model.latex.LatexText.unicode(row.title()));
        // The " · " after the authors begins the date's label, not ends theirs: their label's "..." took its place
        // when it cut them ("Paolo Favar...24 Jun 2026").
        boolean hasAuthors = !entry.paper().authors().isEmpty();
        metaLine.showAuthors(PaperText.authorForms(entry.paper()));
        date.setText((hasAuthors ? " · " : "") + PaperText.date(entry.paper()));
        facts.setText(PaperText.metaFacts(entry.paper()));
        listings.setForms(ListingText.compactForms(entry.paper(), model::sourceName, model.listedDays()));
        listings.setVisible(!listings.wholeText().isEmpty());
        listings.setManaged(listings.isVisible());
        ForYouMatch best = row.match();
        match.setText(best == null ? "" : best.badge());
        matchTip.setText(best == null ? "" : best.describe() + " (the reading pane says why)");
        match.setVisible(best != null);
        match.setManaged(best != null);
        String hiddenWhy = entry.state().notInterested() ? "not interested" : row.hidden() ? "muted" : "";
        hidden.setText(hiddenWhy);
        hidden.setVisible(!hiddenWhy.isEmpty());
        hidden.setManaged(hidden.isVisible());
        noteIcon.setVisible(entry.state().hasNote());
        noteIcon.setManaged(noteIcon.isVisible());
        boolean hasSnippet = !row.snippet().text().isBlank();
        snippet.setVisible(hasSnippet);
        snippet.setManaged(hasSnippet);
        if (hasSnippet) {
            snippet.setText(org.paperfeed.model.latex.LatexText.unicode(row.snippet()));
        }
        chips.getChildren().setAll(entry.state().tags().stream().sorted().map(FeedCell::chip).toList());
        chips.setVisible(!entry.state().tags().isEmpty());
        chips.setManaged(!entry.state().tags().isEmpty());
        boolean starred = entry.state().starred();
        starIcon.setIconCode(starred ? Icons.STARRED : Icons.UNSTARRED);
        starTip.setText(starred ? "Unstar (s)" : "Star (s)");
        star.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Css.STARRED), starred);
        // Unread is the dot alone, as in a feed reader: a bold title as well was meant once, and never showed.
        unreadDot.setVisible(!entry.state().read());
        if (getGraphic() != root) {
            setGraphic(root);
        }
    }

    /**
     * The row's height at {@code width}: its text wrapped to that width, not to the cell's width now. The list asks a
     * cell's height before it gives the cell the width asked about (a new cell, the cell it measures rows with, the
     * list's scroll bar appearing), and text wrapped to the old width measured a line or two short: on a first start
     * the sample's first row was cut at its top (title against the list's edge) and its card ran under the next row.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            wrapTo(width);
        }
        return super.computePrefHeight(width);
    }

    /** As {@link #computePrefHeight}: the theme gives cells a fixed preferred height, so the list sizes rows by this. */
    @Override
    protected double computeMinHeight(double width) {
        if (width > 0) {
            wrapTo(width);
        }
        return super.computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        wrapTo(getWidth());
        super.layoutChildren();
    }

    /**
     * Wraps the row's text for a cell {@code cellWidth} wide: the width the row's box gives it, what is left beside
     * the dot, the star, the gaps and the paddings. A fixed 70 pixels for those was 8 short of what they take, so text
     * measured 392 pixels wide was laid out in 384, and a row whose last words fell in those 8 pixels drew one line
     * more than its height.
     */
    private void wrapTo(double cellWidth) {
        double beside = snappedLeftInset() + snappedRightInset() + root.snappedLeftInset() + root.snappedRightInset()
                + root.getSpacing() * 2 + widthOf(unreadDot) + widthOf(star);
        double wanted = Math.max(0, snapSizeX(cellWidth - beside));
        if (text.getPrefWidth() != wanted) {
            text.setPrefWidth(wanted);
        }
    }

    /** The width a box lays {@code node} out at: its preferred width within its minimum and maximum. */
    private double widthOf(Region node) {
        return snapSizeX(Math.max(node.minWidth(-1), Math.min(node.prefWidth(-1), node.maxWidth(-1))));
    }

    /**
     * A new cell has no width yet when the list measures it (the list gives it one after asking its height), so its
     * wrapped text, whose width follows the cell's, was measured a few words wide: one row seemed to fill the screen,
     * and the list added one row a pulse (five pulses, 0.4 s, for the first screen at 144,468 papers). Given the
     * list's width before it is measured, the first layout lays out every row that fits; the list then sets the
     * width it decides on, as before.
     */
    private void widenIfNew() {
        ListView<FeedRow> list = getListView();
        if (getWidth() == 0 && list != null && list.getWidth() > 0) {
            resize(list.getWidth() - list.snappedLeftInset() - list.snappedRightInset(), getHeight());
        }
    }

    /**
     * The line under the title, authors, date and id in a row: short of room, the authors shorten first, to fewer
     * names and "et al." (the longest form that fits beside the date and the id); with no room for the first author
     * beside them, the id goes, whole; then the first author is cut; the date never. In an HBox the authors and the
     * id shrank alike, and a list of 1,280-pixel window cut the id to "arXiv:2..." or "..." while the authors still
     * showed two names and a half; and at 1,024 pixels with the sidebar shown the id had kept its room and the authors
     * were cut to "Xin..." or to nothing ("... · 1 Jul 2026 · arXiv:2606.30647v1").
     */
    private static final class MetaLine extends javafx.scene.layout.Pane {

        private final Label authors;
        private final Label date;
        private final Label facts;
        /** The row's authors, longest first ({@link PaperText#authorForms}); empty when it names none. */
        private List<String> authorForms = List.of();
        /** Each form's width in {@link #measuredIn}, measured when first needed. */
        private double[] formWidths = new double[0];
        private javafx.scene.text.Font measuredIn;

        MetaLine(Label authors, Label date, Label facts) {
            super(authors, date, facts);
            this.authors = authors;
            this.date = date;
            this.facts = facts;
            setMinWidth(0);
        }

        /** Shows {@code forms} of the row's authors, the longest there is room for; none hides them. */
        void showAuthors(List<String> forms) {
            boolean any = !forms.isEmpty();
            authors.setVisible(any);
            authors.setManaged(any);
            if (!forms.equals(authorForms)) {
                authorForms = forms;
                measuredIn = null;
                authors.setText(any ? forms.get(0) : "");
                requestLayout();
            }
        }

        /** How wide the authors' label is with form {@code i}, its padding included. */
        private double formWidth(int i) {
            if (measuredIn != authors.getFont()) {
                measuredIn = authors.getFont();
                formWidths = new double[authorForms.size()];
                java.util.Arrays.fill(formWidths, -1);
            }
            if (formWidths[i] < 0) {
                formWidths[i] = snapSizeX(Math.ceil(TextFit.width(authorForms.get(i), measuredIn)
                        + authors.snappedLeftInset() + authors.snappedRightInset()));
            }
            return formWidths[i];
        }

        /** The longest form of the authors at most {@code room} wide; -1 when none is. */
        private int longestFitting(double room) {
            for (int i = 0; i < authorForms.size(); i++) {
                if (formWidth(i) <= room) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        protected double computePrefWidth(double height) {
            double width = snappedLeftInset() + snappedRightInset();
            for (Node n : getManagedChildren()) {
                width += n == authors && !authorForms.isEmpty() ? formWidth(0) : n.prefWidth(-1);
            }
            return width;
        }

        @Override
        protected double computePrefHeight(double width) {
            double height = 0;
            for (Node n : getManagedChildren()) {
                height = Math.max(height, n.prefHeight(-1));
            }
            return snappedTopInset() + height + snappedBottomInset();
        }

        /** How wide {@code label}, laid out {@code width} wide, draws its text, its padding included. */
        private double drawnWidth(Label label, double width) {
            label.layout();
            for (Node n : label.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.text.Text text) {
                    return Math.min(width, snapSizeX(text.getLayoutBounds().getWidth() + label.snappedLeftInset()
                            + label.snappedRightInset()));
                }
            }
            return width;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double top = snappedTopInset();
            double height = getHeight() - top - snappedBottomInset();
            double room = getWidth() - x - snappedRightInset();
            double dateWidth = snapSizeX(date.prefWidth(-1));
            double factsWanted = snapSizeX(facts.prefWidth(-1));
            boolean factsShown = true;
            if (authors.isManaged() && !authorForms.isEmpty()) {
                int form = longestFitting(room - dateWidth - factsWanted);
                if (form < 0) {
                    // No room for even the first author beside the date and the id: the id goes, whole (cut, it
                    // read "arXiv:2..."), and the authors have its room.
                    factsShown = false;
                    form = longestFitting(room - dateWidth);
                }
                String text = authorForms.get(form < 0 ? authorForms.size() - 1 : form);
                if (!text.equals(authors.getText())) {
                    authors.setText(text);
                }
                double wanted = snapSizeX(authors.prefWidth(-1));
                double width = Math.max(0, Math.min(wanted, room - dateWidth - (factsShown ? factsWanted : 0)));
                authors.resizeRelocate(x, top, width, height);
                // Cut, the authors draw less than their width (whole letters, then "..."): the date follows what they
                // draw, not their width, or a gap opened before its " · " ("Zhif...    · 25 Jun 2026").
                x += width < wanted ? drawnWidth(authors, width) : width;
            }
            date.resizeRelocate(x, top, dateWidth, height);
            x += dateWidth;
            facts.setVisible(factsShown);
            facts.resizeRelocate(x, top, factsShown ? Math.max(0, Math.min(factsWanted,
                    getWidth() - snappedRightInset() - x)) : 0, height);
        }
    }

    static Label chip(String tag) {
        Label chip = new Label(tag);
        chip.getStyleClass().add(Css.CHIP);
        return chip;
    }
}
