package org.paperfeed.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

/**
 * Text drawn where it does not belong, for the tests of JavaFX's fault with complex text ({@link ComplexWords}): a
 * wrapped run holding a combining mark is laid out on the right lines and drawn whole on the first, on past the
 * right edge of its node. Read on the FX thread.
 */
final class InkOutside {

    private InkOutside() {
    }

    /**
     * How many pixels {@code node} draws in a band as wide as itself to its right, where nothing of it belongs: the
     * node is snapshotted alone, that band included, on a transparent ground. The viewport is in the coordinates of
     * the node's parent, where the snapshot draws it.
     */
    static int right(Node node) {
        Bounds layout = node.getLayoutBounds();
        double x = node.getLayoutX() + node.getTranslateX() + layout.getMinX();
        double y = node.getLayoutY() + node.getTranslateY() + layout.getMinY();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new Rectangle2D(x, y, layout.getWidth() * 2, layout.getHeight()));
        Image image = node.snapshot(parameters, null);
        PixelReader pixels = image.getPixelReader();
        int from = (int) Math.ceil(layout.getWidth()) + 2;
        int ink = 0;
        for (int row = 0; row < (int) image.getHeight(); row++) {
            for (int column = from; column < (int) image.getWidth(); column++) {
                if (pixels.getColor(column, row).getOpacity() > 0.2) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
