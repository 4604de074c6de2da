package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day bar says what the list shows. On the 144,468-paper library, after All days the Day pill stayed chosen, as
 * if the list were still one day's.
 */
class DayBarAndSidebarAgreeWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void noUnitIsChosenWhileTheBarShowsEveryDay() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        assertThat(chosenUnits()).containsExactly("unit-day");

        window.robot.clickOn("#day-all");
        await(() -> window.models().feed().view().days() == null && !window.models().feed().searchingProperty().get());
        assertThat(chosenUnits()).as("Day, Week and Month over every day").isEmpty();

        window.robot.clickOn("#day-latest");
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(chosenUnits()).containsExactly("unit-day");
    }

    private List<String> chosenUnits() throws Exception {
        return fx(() -> List.of("#unit-day", "#unit-week", "#unit-month").stream()
                .map(id -> (ToggleButton) window.app.window().lookup(id)).filter(ToggleButton::isSelected)
                .map(ToggleButton::getId).toList());
    }
}
