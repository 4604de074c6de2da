package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * A row of a day view shows that day's listing, as {@code list --day} does. On real Hugging Face days a paper listed
 * on 13 and 19 August read "#13 · ▲2" in the 19 August view, its older listing first, among rows of ▲30 and more:
 * the Trending order looked wrong, and the day's own rank was cut off behind it.
 */
class RowListingWindowTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 3, 4);
    private static final LocalDate SECOND = LocalDate.of(2024, 3, 5);
    private static final String TWICE = "2403.00777";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void eachDayShowsItsOwnListingOfAPaperListedOnTwoDays() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            importDay(app, FIRST, entry("2403.00701", "Leading the First Day", 30) + ","
                    + entry(TWICE, "Listed on Two Days", 2));
            importDay(app, SECOND, entry(TWICE, "Listed on Two Days", 27) + ","
                    + entry("2403.00702", "Second on the Second Day", 10));
        }
        window.start(dir);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        await(() -> SECOND.equals(window.models().dayBar().dayProperty().get())
                && window.list().getItems().size() == 2);
        await(() -> shownListing(TWICE).startsWith("HF daily #1 · ▲27"));

        window.robot.interact(() -> window.models().dayBar().previous());
        await(() -> FIRST.equals(window.models().dayBar().dayProperty().get())
                && window.list().getItems().stream().anyMatch(r -> r.id().equals("2403.00701")));
        await(() -> !shownListing(TWICE).isEmpty());
        assertThat(fx(() -> shownListing(TWICE))).as("the first day's listing, not the later one").startsWith("HF daily #2 · ▲2")
                .doesNotContain("▲27");
    }

    /** The listing line of paper {@code id}'s row as drawn; empty while no row shows it. On the FX thread. */
    private String shownListing(String id) {
        return window.list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof FeedRow row && row.id().equals(id))
                .map(n -> ((Label) n.lookup("." + Css.ROW_LISTINGS)).getText()).findFirst().orElse("");
    }

    private static void importDay(AppServices app, LocalDate day, String entries) throws Exception {
        app.imports().importBytes(("[" + entries.replace("DAY", day.toString()) + "]")
                .getBytes(StandardCharsets.UTF_8), "day " + day, "HF daily", "application/json");
    }

    private static String entry(String id, String title, int upvotes) {
        return "{\"paper\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"summary\":\"An abstract.\","
                + "\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\"DAYT08:00:00.000Z\","
                + "\"submittedOnDailyAt\":\"DAYT10:00:00.000Z\",\"upvotes\":" + upvotes + "},\"title\":\"" + title
                + "\",\"numComments\":0}";
    }
}
