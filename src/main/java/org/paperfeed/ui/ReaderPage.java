package org.paperfeed.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.paperfeed.model.GithubRepo;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;

/**
 * The reading pane's page: one paper in full (title, authors, listings, links, marks, tags, note, abstract, why For
 * you ranks it, AI summary, related papers). {@link ReaderView} builds it the first time a paper is shown, not with
 * the window, whose first screen shows only the pane's placeholder; from then on the one page shows each paper.
 */
final class ReaderPage extends VBox {

    private final ReaderViewModel model;
    private final LinkOpener opener;
    private final MathTextFlow title;
    private final AuthorLine authors = new AuthorLine();
    /** The date, source and upvotes, less what the paper's one listing says below it ({@link ListingText#paneMeta}). */
    private final Label meta = new Label();
    private final FlowPane links = new FlowPane(12, 4);
    /** Every listing of the paper, newest day first, then its id, version, categories and organisation. */
    private final VBox listings = new VBox(2);
    /** The facts and the AI summary are written by feeds: they may hold text JavaFX shapes as complex. */
    private final WrappedText facts = new WrappedText(Styles.TEXT_MUTED);
    private final Label summaryHeader = new Label("AI summary");
    private final WrappedText summary = new WrappedText(Styles.TEXT_MUTED);
    private final FlowPane keywords = new FlowPane(4, 4);
    private final Button star = new Button();
    private final Button read = new Button();
    private final TagEditor tags;
    private final NoteEditor note;
    private final HighlightedTextFlow abstractFlow;
    private final VBox related = new VBox(4);
    /** Why For you scores this paper as it does: its best interest and the words with the most weight in it. */
    private final WhySection why;
    private final Label error = new Label();
    /** How the last action went ("Copied the link", "This paper has no PDF link"). */
    private final Label message = new Label();
    private final Button back = new Button("Back", Icons.of(Icons.BACK));

    /**
     * @param math   typesets the formulas of the title and the abstract, off the UI thread
     * @param select what clicking a related paper does: the window shows it here
     */
    ReaderPage(ReaderViewModel model, LinkOpener opener, MathRenderer math, Consumer<LibraryPaper> select) {
        super(10);
        this.model = model;
        this.opener = opener;
        this.title = new MathTextFlow(Css.READER_TITLE, Css.READER_TITLE_TEXT, math);
        this.abstractFlow = new MathTextFlow(Css.READER_ABSTRACT, Css.READER_ABSTRACT, math, opener);
        this.tags = new TagEditor(model);
        this.why = new WhySection(model.whyProperty(), model.whyNoteProperty());
        this.note = new NoteEditor(model.notes());
        title.setId("reader-title");
        meta.setId("reader-meta");
        meta.getStyleClass().addAll(Css.READER_META, Styles.TEXT_MUTED);
        star.setId("reader-star");
        star.setOnAction(e -> model.toggleStar());
        read.setId("reader-read");
        read.setOnAction(e -> model.toggleRead());
        error.getStyleClass().addAll(Css.QUERY_ERROR, Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        message.setId("reader-message");
        message.setWrapText(true);
        message.getStyleClass().addAll(Css.READER_MESSAGE, Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        back.setId("reader-back");
        back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        back.setTooltip(new Tooltip("Back to the paper shown before (Alt+Left, Backspace)"));
        back.setFocusTraversable(false);
        back.visibleProperty().bind(model.canGoBackProperty());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> model.back());
        abstractFlow.setId("reader-abstract");
        listings.setId("reader-listings");
        facts.setId("reader-facts");
        facts.label().getStyleClass().addAll(Css.READER_META, Styles.TEXT_MUTED);
        summaryHeader.getStyleClass().add(Css.READER_SECTION);
        summary.setId("reader-ai-summary");
        summary.label().getStyleClass().add(Css.READER_EXTRAS);
        keywords.setId("reader-keywords");
        // Marks and tags on one line: the abstract and the related papers are what the pane is for. In a narrow
        // pane the tags move under Star and Mark read and wrap there, never pushing those two out of the pane.
        FlowPane actions = new FlowPane(8, 6, star, read, tags);
        actions.setAlignment(Pos.CENTER_LEFT);
        tags.prefWrapLengthProperty().bind(actions.widthProperty());
        tags.maxWidthProperty().bind(actions.widthProperty());
        // A flow pane is at least as wide as its widest child's preferred width, and the tags' follows the row's own
        // width: without this the row, and with it the page, could never get narrower than it once was.
        actions.setMinWidth(0);
        tags.setMinWidth(0);
        star.setMinWidth(Region.USE_PREF_SIZE);
        read.setMinWidth(Region.USE_PREF_SIZE);
        Label relatedHeader = new Label("Related papers");
        relatedHeader.getStyleClass().add(Css.READER_SECTION);
        relatedHeader.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(related.getChildren()));
        relatedHeader.managedProperty().bind(relatedHeader.visibleProperty());
        related.getStyleClass().add(Css.RELATED);
        related.setId("related");
        getChildren().addAll(back, title, authors, meta, listings, facts, links, actions, error, message, note,
                abstractFlow, why, summaryHeader, summary, keywords, relatedHeader, related);
        setPadding(new Insets(16, 20, 20, 20));
        // What the view model set before this page existed (the abstract may come before the paper), then changes.
        abstractFlow.setText(model.abstractProperty().get());
        model.abstractProperty().addListener((obs, old, text) -> abstractFlow.setText(text));
        model.authorsMatchedProperty().addListener((obs, old, matched) -> authors.mark(matched));
        Runnable showRelated = () -> related.getChildren().setAll(
                model.related().stream().map(p -> relatedLink(p, select)).toList());
        showRelated.run();
        model.related().addListener((javafx.collections.ListChangeListener<LibraryPaper>) c -> showRelated.run());
    }

    /** Fills the page with {@code entry}; null: the pane shows its placeholder instead, and the note editor leaves. */
    void show(LibraryPaper entry) {
        note.show(entry);
        if (entry == null) {
            return;
        }
        Paper paper = entry.paper();
        title.setText(org.paperfeed.model.HighlightedText.plain(paper.title()));
        // Pages often name no authors; an "Unknown authors" line would only be noise: AuthorLine hides then.
        authors.show(paper.authors(), model.authorsMatchedProperty().get());
        meta.setText(ListingText.paneMeta(paper, model::sourceName));
        showIf(meta, !meta.getText().isEmpty());
        links.getChildren().setAll(links(paper));
        listings.getChildren().setAll(ListingText.full(paper, model::sourceName).stream().map(ReaderPage::listing)
                .toList());
        showIf(listings, !listings.getChildren().isEmpty());
        facts.setText(facts(paper));
        showIf(facts, !facts.getText().isEmpty());
        PaperExtras extras = paper.extras();
        summary.setText(extras.aiSummary() == null ? "" : extras.aiSummary());
        showIf(summary, !summary.getText().isBlank());
        showIf(summaryHeader, summary.isVisible());
        keywords.getChildren().setAll(extras.aiKeywords().stream().map(FeedCell::chip).toList());
        showIf(keywords, !extras.aiKeywords().isEmpty());
        boolean starred = entry.state().starred();
        star.setText(starred ? "Starred" : "Star");
        star.setGraphic(Icons.of(starred ? Icons.STARRED : Icons.UNSTARRED));
        star.setTooltip(new Tooltip("s"));
        star.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Css.STARRED), starred);
        read.setText(entry.state().read() ? "Mark unread" : "Mark read");
        read.setTooltip(new Tooltip("m"));
        tags.show(entry.state().tags());
    }

    private static Label listing(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.ROW_LISTINGS);
        return label;
    }

    private static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** "arXiv:2403.01234v2 · cs.LG, cs.CL · Organization: Meta AI". */
    static String facts(Paper paper) {
        List<String> parts = new java.util.ArrayList<>();
        String id = ListingText.arxivId(paper);
        if (!id.isEmpty()) {
            parts.add(id);
        }
        if (!paper.categories().isEmpty()) {
            parts.add(String.join(", ", paper.categories()));
        }
        String org = paper.extras().organization();
        if (org != null && !org.isBlank()) {
            parts.add("Organization: " + org);
        }
        return String.join(" · ", parts);
    }

    private List<Hyperlink> links(Paper paper) {
        PaperExtras extras = paper.extras();
        GithubRepo github = extras.github();
        Optional<String> code = paper.link(LinkType.CODE);
        Optional<Hyperlink> repo = Optional.empty();
        if (github != null) {
            repo = link(github.stars() == null ? "GitHub" : "GitHub ★ " + github.stars(), Optional.of(github.url()));
            // The same repository twice would be noise.
            code = code.filter(url -> !url.equals(github.url()));
        }
        return List.of(link("arXiv abstract", paper.link(LinkType.ABSTRACT)), link("PDF", paper.link(LinkType.PDF)),
                        link("Hugging Face", paper.link(LinkType.HUGGING_FACE)), repo, link("Code", code),
                        link("Project page", Optional.ofNullable(extras.projectPage())))
                .stream().flatMap(Optional::stream).toList();
    }

    /** A link only when it is http(s); anything else a feed sent is not shown at all. */
    private Optional<Hyperlink> link(String label, Optional<String> url) {
        return url.flatMap(SafeLinks::check).map(safe -> {
            Hyperlink link = new Hyperlink(label, Icons.of(Icons.OPEN));
            link.setTooltip(new Tooltip(safe));
            link.setOnAction(e -> opener.open(safe));
            return link;
        });
    }

    private Hyperlink relatedLink(LibraryPaper paper, java.util.function.Consumer<LibraryPaper> select) {
        // A title may hold text JavaFX shapes as complex: a WrappedLink.
        Hyperlink link = new WrappedLink(org.paperfeed.model.latex.LatexText.unicode(paper.paper().title()));
        link.setOnAction(e -> select.accept(paper));
        return link;
    }

    void focusTags() {
        tags.focusInput();
    }

    void editNote() {
        note.edit();
    }
}
