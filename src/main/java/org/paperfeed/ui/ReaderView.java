package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.paperfeed.model.LibraryPaper;

/**
 * The reading pane: the selected paper in full ({@link ReaderPage}), or a placeholder while none is. The page is
 * built when the first paper is shown: the window's first screen, drawn before any paper is selected, needs only the
 * placeholder.
 */
public final class ReaderView extends ScrollPane {

    private final ReaderViewModel model;
    private final LinkOpener opener;
    private final Consumer<LibraryPaper> select;
    /** Typesets the formulas of the title and the abstract, off the UI thread. */
    private final MathRenderer math = new MathRenderer();
    private final PaperActions actions;
    private final Label placeholder = new Label("Select a paper to read it here.\n\nj/k move · s star · t tag · "
            + "m read/unread · o open · / search · r refresh");
    /** Null until the first paper is shown. */
    private ReaderPage page;

    /** @param select what clicking a related paper does: the window shows it here */
    public ReaderView(ReaderViewModel model, LinkOpener opener, Consumer<LibraryPaper> select) {
        this.model = model;
        this.opener = opener;
        this.select = select;
        this.actions = new PaperActions(opener, model::bibtex, model::say);
        new PassingMessage(model);
        getStyleClass().add(Css.READER);
        setId("reader");
        setFitToWidth(true);
        placeholder.getStyleClass().addAll(Css.PLACEHOLDER, Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        model.paperProperty().addListener((obs, old, paper) -> {
            // Another paper opens at its top; the same one with new marks stays where the reader scrolled it.
            if (paper != null && (old == null || !old.id().equals(paper.id()))) {
                setVvalue(getVmin());
            }
            show(paper);
        });
        show(model.paperProperty().get());
    }

    private void show(LibraryPaper entry) {
        if (entry == null) {
            if (page != null) {
                page.show(null);
            }
            setContent(placeholder);
            return;
        }
        if (page == null) {
            page = new ReaderPage(model, opener, math, select);
        }
        page.show(entry);
        if (getContent() != page) {
            setContent(page);
            // Styled now, not at the next pulse's CSS pass: the first paper after the start, shown as the list
            // selected it, was drawn unstyled for 1.5 to 3 seconds on a real library under load (the title in the
            // body's font, Star and Mark read over the links, the tag field over the abstract).
            page.applyCss();
        }
    }

    /**
     * Space: one screenful further down. False when there was nothing further to see (the end reached, or the page
     * fits), so that Space can go on to the next unread paper, as in a feed reader.
     */
    public boolean pageDown() {
        double viewport = getViewportBounds().getHeight();
        double contentHeight = getContent() == null ? 0 : getContent().getBoundsInLocal().getHeight();
        if (contentHeight <= viewport || getVvalue() >= getVmax()) {
            return false;
        }
        setVvalue(Math.min(getVmax(), getVvalue() + 0.9 * viewport / (contentHeight - viewport)));
        return true;
    }

    void focusTags() {
        if (page != null) {
            page.focusTags();
        }
    }

    /** {@code n}: the note editor, opened on the shown paper. */
    void editNote() {
        if (page != null) {
            page.editNote();
        }
    }

    /** The paper's primary link, when it is safe to open; when there is none, the pane says so. */
    void openInBrowser() {
        LibraryPaper entry = model.paperProperty().get();
        if (entry != null) {
            actions.openPrimary(entry);
        }
    }

    /** Opening, copying: shared by the keys and each row's context menu, all reporting in this pane. */
    PaperActions actions() {
        return actions;
    }

    /**
     * Loads the formula fonts in the background: called once the first paper rows are drawn; starts once
     * {@code awaitQuiet} returns (the reader is not typing) or a formula is asked for.
     */
    void warmUpMath(Consumer<BooleanSupplier> awaitQuiet) {
        math.warmUpWhenQuiet(awaitQuiet);
    }
}
