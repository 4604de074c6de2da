package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;
import org.paperfeed.ui.task.SameThreadExecutor;

/** Mute rules as the window edits them: the preview while typing is what the rule then hides. */
class MuteRulesViewModelTest {

    static final LocalDate FRI = DayViewWindowTest.FRI;

    @TempDir
    Path dir;
    AppServices app;
    MuteRulesViewModel model;
    DayBarViewModel days;

    @BeforeEach
    void setUp() throws Exception {
        app = TestLibrary.open(dir);
        for (LocalDate day : List.of(DayViewWindowTest.THU, FRI, DayViewWindowTest.MON)) {
            app.imports().importBytes(DayViewWindowTest.hfDaily(day).getBytes(StandardCharsets.UTF_8), "day " + day,
                    "HF daily", "application/json");
        }
        SameThreadExecutor executor = new SameThreadExecutor();
        model = new MuteRulesViewModel(app.muteRules(), executor);
        days = new DayBarViewModel(app.browse(), app.events(), executor);
        days.refresh();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void thePreviewCountsWhatTheRuleThenHidesLeavingKeptAndAlreadyHiddenPapersOut() throws Exception {
        app.marks().star("2403.20001");
        app.marks().notInterested("2403.20002");
        assertThat(papersOn(FRI)).isEqualTo(2);

        model.preview("listed:2024-03-08");
        assertThat(model.previewProperty().get())
                .as("the starred paper is kept, the dismissed one hidden already: one is newly hidden")
                .isEqualTo("Would hide 1 paper (3 matches)");

        model.add("listed:2024-03-08", () -> { });
        assertThat(model.rules()).extracting(r -> r.query()).containsExactly("listed:2024-03-08");
        String id = model.rules().get(0).id();
        assertThat(model.hides()).as("the saved rule hides both papers not starred, as `paperfeed mute` counts")
                .containsExactly(java.util.Map.entry(id, 2L));
        MuteRulesViewModel reopened = new MuteRulesViewModel(app.muteRules(), new SameThreadExecutor());
        reopened.load();
        assertThat(reopened.hides()).as("counted again when the dialog opens").containsExactly(java.util.Map.entry(id, 2L));
        assertThat(papersOn(FRI)).as("exactly what the preview said").isEqualTo(1);
        assertThat(days.count(FRI).map(DayCount::papers)).as("the day bar recounts").contains(1);
        ViewQuery all = new ViewQuery("", PaperFilter.NONE, null, null, SortOrder.DATE);
        assertThat(app.browse().muted(all, 0, 10).hits()).extracting(h -> h.entry().id().value())
                .as("the Muted view: what the rule hides, never the starred paper").contains("2403.20003")
                .doesNotContain("2403.20001");
        ViewQuery friday = new ViewQuery("", PaperFilter.NONE, DayRange.day(FRI), null, SortOrder.TRENDING);
        assertThat(app.browse().view(friday, 0, 10).hits()).extracting(h -> h.entry().id().value())
                .containsExactly("2403.20001");

        model.remove(model.rules().get(0));
        assertThat(model.rules()).isEmpty();
        assertThat(model.hides()).isEmpty();
        assertThat(papersOn(FRI)).isEqualTo(2);
    }

    @Test
    void aQueryThatCannotBeARuleSaysWhyAndSavesNothing() {
        model.preview("title:(");
        assertThat(model.previewProperty().get()).isNotEmpty().doesNotStartWith("Would hide");
        model.add("title:(", () -> { });
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(model.rules()).isEmpty();
        assertThat(app.muteRules().list()).isEmpty();
    }

    private int papersOn(LocalDate day) throws Exception {
        return app.browse().days(10).stream().filter(c -> c.day().equals(day)).findFirst().map(DayCount::papers)
                .orElse(0);
    }
}
