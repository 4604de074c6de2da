package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every row on the screen is as tall as its card: seen on a first start at the default 1,280 pixels, the sample's
 * first row was cut at its top (its title against the list's edge) and its last line ran under the next row, as did
 * the fifth's. The row's text was measured 8 pixels wider than the row lays it out, so a row whose last words fell in
 * those 8 pixels drew one line more than the list had made room for.
 */
class RowHeightWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void everyRowOfTheSampleShowsItsWholeCardAtEveryWidth() throws Exception {
        window.start(dir);
        await(() -> window.models().feed().statusProperty().get().startsWith("74 papers · "));

        assertThat(rowsCut()).as("rows whose card does not fit, at the first start's width").isEmpty();
        for (double width : new double[] {1000, 1130, 1280}) {
            window.robot.interact(() -> window.app.stage().setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(rowsCut()).as("rows whose card does not fit, the window %s pixels wide", width).isEmpty();
        }
        window.robot.interact(() -> window.list().scrollTo(40));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsCut()).as("rows whose card does not fit, scrolled down").isEmpty();
    }

    /** The rows on the screen whose card is taller than the row or starts above its top, with their sizes. */
    private List<String> rowsCut() throws Exception {
        await(() -> window.list().lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null);
        return fx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) window.list().lookup(".virtual-flow");
            List<String> cut = new ArrayList<>();
            for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                Node card = ((ListCell<?>) cell).getGraphic();
                double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
                if (card.getLayoutY() < cell.snappedTopInset() - 0.5
                        || card.getLayoutBounds().getHeight() > room + 0.5) {
                    cut.add("row " + i + ": card " + card.getLayoutBounds().getHeight() + " px in a row with room for "
                            + room + ", at y " + card.getLayoutY());
                }
            }
            return cut;
        });
    }
}
