package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.WindowLayout;
import org.paperfeed.model.DayUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The day bar's controls keep their places, at a given window width, when the unit or the order changes: a second
 * click where a button had just been must land on that button. Seen in a walk-through: from Month, a click on Day and
 * then on Latest opened the date picker (Latest had moved from x 657 to 703 as the label went from "June 2026" to
 * "Mon 29 Jun 2026"), and choosing For you brought in Re-rank and moved every order button about 40 pixels (a click
 * on For you's old place after Trending hit Relevance).
 */
class DayBarPlacesWindowTest {

    /** What a reader clicks in the bar: the day's controls after the label, the units and the orders. */
    static final List<String> CONTROLS = List.of("#day-picker", "#day-latest", "#day-all", "#unit-day", "#unit-week",
            "#unit-month", "#sort-trending", "#sort-date", "#sort-relevance", "#sort-for-you", "#interests");
    static final List<String> ORDERS = List.of("#sort-trending", "#sort-date", "#sort-relevance", "#sort-for-you",
            "#interests");

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    /**
     * Day, Week and Month, in the order of the walk-through (Month, then Day), with room for the whole label: the
     * headless screen is 1,280 wide, so the bar's words are made smaller instead (as DayViewWindowTest does).
     */
    @Test
    void theControlsStayPutWhenTheUnitChanges() throws Exception {
        startOnLatestDay(WindowLayout.DEFAULT.width());
        window.robot.interact(() -> window.app.window().lookup("#day-bar").setStyle("-fx-font-size: 9px;"));
        assertSamePlaces(placesPerUnit());
    }

    /** The same at 1,024 pixels in the window's own font (shot99 to shot100: the picker moved from Week to Month). */
    @Test
    void theControlsStayPutWhenTheUnitChangesAt1024Pixels() throws Exception {
        startOnLatestDay(1024);
        assertSamePlaces(placesPerUnit());
    }

    /**
     * For you chosen shows Re-rank; the order buttons stay where they were with Trending, and so does everything else
     * in the bar. With room for the whole label, as in the walk-through at 1,440 pixels (the words made smaller).
     */
    @Test
    void theControlsStayPutWhenForYouBringsReRank() throws Exception {
        startOnLatestDay(WindowLayout.DEFAULT.width());
        window.robot.interact(() -> window.app.window().lookup("#day-bar").setStyle("-fx-font-size: 9px;"));
        assertSamePlaces(placesPerOrder(CONTROLS));
    }

    /** At the default width in the window's own font, whether or not the label has all the room it would take. */
    @Test
    void theOrderButtonsStayPutWhenForYouBringsReRank() throws Exception {
        startOnLatestDay(WindowLayout.DEFAULT.width());
        assertSamePlaces(placesPerOrder(ORDERS));
    }

    /** The same at 900 pixels, where the orders have a row of their own. */
    @Test
    void theOrderButtonsStayPutWhenForYouBringsReRankInTheirOwnRow() throws Exception {
        startOnLatestDay(900);
        assertThat(fx(() -> window.app.window().lookup("#day-bar-orders").isVisible())).as("the orders' row")
                .isTrue();
        assertSamePlaces(placesPerOrder(CONTROLS));
    }

    private void startOnLatestDay(double width) throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        window.robot.interact(() -> {
            window.app.stage().setWidth(width);
            window.app.stage().setHeight(WindowLayout.DEFAULT.height());
            window.models().sidebar().selectedProperty().set(Feed.TODAY);
        });
        await(() -> window.models().dayBar().dayProperty().get() != null
                && window.models().dayBar().labelProperty().get().contains("papers"));
        settle();
    }

    /** Each control's x under Month, Day, Week and Month again. */
    private Map<String, Set<Double>> placesPerUnit() throws Exception {
        Map<String, Set<Double>> places = new LinkedHashMap<>();
        for (DayUnit unit : List.of(DayUnit.MONTH, DayUnit.DAY, DayUnit.WEEK, DayUnit.MONTH)) {
            window.robot.interact(() -> window.models().dayBar().unitProperty().set(unit));
            await(() -> window.models().dayBar().unitProperty().get() == unit);
            settle();
            record(places, CONTROLS);
        }
        return places;
    }

    /** Each order button's x with Trending, with For you (Re-rank shown), and with Trending again. */
    private Map<String, Set<Double>> placesPerOrder(List<String> ids) throws Exception {
        Map<String, Set<Double>> places = new LinkedHashMap<>();
        for (ListOrder order : List.of(ListOrder.TRENDING, ListOrder.FOR_YOU, ListOrder.TRENDING)) {
            window.robot.interact(() -> window.models().feed().chooseOrder(order));
            await(() -> window.models().feed().orderProperty().get() == order
                    && window.app.window().lookup("#rerank").isVisible() == (order == ListOrder.FOR_YOU));
            settle();
            record(places, ids);
        }
        return places;
    }

    private void record(Map<String, Set<Double>> places, List<String> ids) throws Exception {
        for (String id : ids) {
            double x = fx(() -> {
                Node node = window.app.window().lookup(id);
                return node.localToScene(node.getLayoutBounds()).getMinX();
            });
            places.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(x);
        }
    }

    private static void assertSamePlaces(Map<String, Set<Double>> places) {
        assertThat(places).isNotEmpty();
        places.forEach((id, xs) -> assertThat(xs).as("%s's places", id).hasSize(1));
    }

    /** The bar lays itself out again a pulse later when its label's room changes (DayBarView's arrange). */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
