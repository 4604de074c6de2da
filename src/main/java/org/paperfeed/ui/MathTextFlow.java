package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.latex.LatexPiece;
import org.paperfeed.model.latex.LatexText;

/**
 * A title or abstract in the reading pane with its inline math typeset: text in its Unicode form ({@code Schr\"odinger}
 * reads Schrödinger) with search matches styled, and each formula first as its Unicode form, then, once
 * {@link MathRenderer} has typeset it off the UI thread, as a picture on the text's baseline. A formula that cannot be
 * typeset (unknown macro, too large, too slow, any error) shows its source; the rest of the text is never affected.
 * Formulas are drawn in the text's colour, and drawn again when the theme changes it. Each word JavaFX shapes as
 * complex text is a node of its own ({@link ComplexWords}); a formula's Unicode form stays one node, for its picture
 * to take its place.
 */
public final class MathTextFlow extends HighlightedTextFlow {

    private static final PseudoClass MATCH = PseudoClass.getPseudoClass(Css.MATCH);
    /** Formulas are set a little larger than the text around them, as TeX's math fonts run small. */
    private static final double MATH_SCALE = 1.2;

    private final String textClass;
    private final MathRenderer renderer;
    /** Opens the web addresses written in the text; null where they stay text (a title). */
    private final LinkOpener links;
    /** Never shown: styled like the text, so the formulas can take its size and colour. */
    private final Text probe = new Text();
    private HighlightedText shown = HighlightedText.plain("");
    /** A ticket per new text or colour, so a formula typeset for an older one is dropped. */
    private final LatestOnly typesetting = new LatestOnly();
    private Paint drawnIn;

    MathTextFlow(String styleClass, String textClass, MathRenderer renderer) {
        this(styleClass, textClass, renderer, null);
    }

    /** As the other, and each web address in the text a link that {@code links} opens. */
    MathTextFlow(String styleClass, String textClass, MathRenderer renderer, LinkOpener links) {
        super(styleClass, textClass);
        this.textClass = textClass;
        this.renderer = renderer;
        this.links = links;
        probe.getStyleClass().add(textClass);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.fillProperty().addListener((obs, old, fill) -> {
            if (!fill.equals(drawnIn)) {
                setText(shown);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                setText(shown);
            }
        });
        getChildren().add(probe);
    }

    @Override
    public void setText(HighlightedText text) {
        shown = text;
        long current = typesetting.next();
        List<Node> nodes = new ArrayList<>();
        nodes.add(probe);
        List<Text> formulas = new ArrayList<>();
        List<LatexPiece> pieces = LatexText.pieces(text);
        // Addresses are found in the whole text: a search match inside one splits it into pieces.
        List<TextLinks.Link> found = links == null ? List.of()
                : TextLinks.find(pieces.stream().map(LatexPiece::text).collect(java.util.stream.Collectors.joining()));
        int offset = 0;
        for (LatexPiece piece : pieces) {
            int start = offset;
            offset += piece.text().length();
            if (piece.formula() == null && !found.isEmpty()) {
                addWithLinks(nodes, piece, start, found);
                continue;
            }
            if (piece.formula() != null) {
                Text node = textNode(piece.text(), piece);
                formulas.add(node);
                nodes.add(node);
            } else {
                addWords(nodes, piece.text(), piece);
            }
        }
        getChildren().setAll(nodes);
        if (!formulas.isEmpty() && getScene() != null) {
            typeset(formulas, current);
        }
    }

    private Text textNode(String words, LatexPiece piece) {
        Text node = new Text(words);
        node.getStyleClass().add(textClass);
        node.pseudoClassStateChanged(MATCH, piece.match());
        node.setUserData(piece);
        return node;
    }

    /**
     * The words of {@code piece}, each word JavaFX shapes as complex text in a node of its own ({@link ComplexWords}):
     * a wrapped run holding one was drawn whole on its first line, on past the pane.
     */
    private void addWords(List<Node> nodes, String words, LatexPiece piece) {
        for (String part : ComplexWords.pieces(words)) {
            nodes.add(textNode(part, piece));
        }
    }

    /** The piece of text starting at {@code start}, cut where an address begins or ends, each address a link. */
    private void addWithLinks(List<Node> nodes, LatexPiece piece, int start, List<TextLinks.Link> found) {
        String words = piece.text();
        int end = start + words.length();
        int at = start;
        for (TextLinks.Link link : found) {
            if (link.end() <= at || link.start() >= end) {
                continue;
            }
            if (link.start() > at) {
                addWords(nodes, words.substring(at - start, link.start() - start), piece);
                at = link.start();
            }
            int to = Math.min(end, link.end());
            Text node = textNode(words.substring(at - start, to - start), piece);
            node.getStyleClass().add(Css.TEXT_LINK);
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    links.open(link.url());
                }
            });
            // Tab reaches each address once, at its first part (a search match may cut it in parts), and Enter
            // opens it, as a link on a web page; a screen reader hears it as a link to its address.
            node.setFocusTraversable(at == link.start());
            node.setAccessibleRole(AccessibleRole.HYPERLINK);
            node.setAccessibleText(link.url());
            node.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                    links.open(link.url());
                    e.consume();
                }
            });
            nodes.add(node);
            at = to;
        }
        if (at < end) {
            addWords(nodes, words.substring(at - start), piece);
        }
    }

    /** The web addresses shown as links, as written, in order (a link a search match splits shows in parts). */
    public List<String> links() {
        return getChildren().stream().filter(n -> n.getStyleClass().contains(Css.TEXT_LINK))
                .map(n -> ((Text) n).getText()).toList();
    }

    private void typeset(List<Text> formulas, long current) {
        probe.applyCss();
        Paint fill = probe.getFill();
        drawnIn = fill;
        float size = (float) (probe.getFont().getSize() * MATH_SCALE);
        java.awt.Color color = awt(fill);
        for (Text placeholder : formulas) {
            LatexPiece piece = (LatexPiece) placeholder.getUserData();
            renderer.render(piece.formula(), piece.source(), size, color).whenComplete((canvas, failure) ->
                    Platform.runLater(() -> {
                        int at = getChildren().indexOf(placeholder);
                        if (!typesetting.isLatest(current) || at < 0) {
                            return;
                        }
                        if (canvas != null) {
                            canvas.setUserData(piece);
                            getChildren().set(at, canvas);
                        } else {
                            placeholder.setText(piece.source());
                        }
                    }));
        }
    }

    private static java.awt.Color awt(Paint fill) {
        Color color = fill instanceof Color c ? c : Color.BLACK;
        return new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) color.getOpacity());
    }

    /** The text as the user reads it: formulas in their Unicode form, or their source where they show it. */
    @Override
    public String plainText() {
        StringBuilder all = new StringBuilder();
        for (Node node : getChildren()) {
            if (node == probe) {
                continue;
            }
            if (node instanceof Text text) {
                all.append(text.getText());
            } else if (node.getUserData() instanceof LatexPiece piece) {
                all.append(piece.text());
            }
        }
        return all.toString();
    }

    /** The parts shown as matches (typeset formulas are pictures: their matches are not styled). */
    @Override
    public List<String> matches() {
        return getChildren().stream().filter(n -> n != probe && n instanceof Text).map(Text.class::cast)
                .filter(t -> t.getPseudoClassStates().contains(MATCH)).map(Text::getText).toList();
    }

    /** The sources of the formulas shown typeset, in order. */
    public List<String> typesetFormulas() {
        return getChildren().stream().filter(MathRenderer.FormulaCanvas.class::isInstance)
                .map(n -> ((MathRenderer.FormulaCanvas) n).source()).toList();
    }
}
