package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * The Undo offer's message has the toolbar's free room, as the refresh message beside it does. Seen at 1,440 pixels
 * on a real library: "Not interested: Optimal A…", cut at a fixed 200 pixels with hundreds free. Measured here in
 * the default 1,280-pixel window with no refresh message, about 440 pixels for the message: the headless screen is
 * 1,280 pixels wide, and a wider window overflows its frame buffer.
 */
class ToolbarMessageRoomWindowTest {

    static final String TITLE = "Optimal Auctions for Constrained Buyers";
    static final String FEED = "<?xml version='1.0'?><rss version=\"2.0\"><channel><title>Auctions</title>"
            + "<item><title>" + TITLE + "</title><link>https://example.org/auctions</link>"
            + "<description>Words.</description><pubDate>Mon, 04 Mar 2024 00:00:00 +0000</pubDate></item>"
            + "</channel></rss>";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theTriageMessageShowsTheWholeTitleWhenTheToolbarHasRoomForIt() throws Exception {
        TestLibrary.create(dir, 3);
        try (AppServices seed = TestLibrary.open(dir)) {
            seed.imports().importBytes(FEED.getBytes(StandardCharsets.UTF_8), "auctions.xml", "Auctions",
                    "application/rss+xml");
        }
        window.start(dir);
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().unbind());
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().set(false));
        assertThat(fx(() -> window.app.stage().getWidth())).isEqualTo(1280.0);
        assertThat(fx(() -> window.models().refresh().messageProperty().get())).as("the refresh message").isEmpty();

        window.search("optimal auctions");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        window.robot.type(KeyCode.X);
        await(() -> window.robot.lookup("#undo").query().isVisible());

        try {
            await(() -> shownText().equals("Not interested: " + TITLE));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the message reads \"" + fx(this::shownText) + "\"; " + fx(this::itemWidths), e);
        }
    }

    /** The text the message draws: its text, or the part of it it has room for, with an ellipsis. */
    private String shownText() {
        Node text = window.robot.lookup("#triage-message").query().lookup(".text");
        return text instanceof javafx.scene.text.Text drawn ? drawn.getText() : "";
    }

    private String itemWidths() {
        ToolBar toolbar = (ToolBar) window.app.window().lookup(".tool-bar");
        return toolbar.getItems().stream().map(n -> n.getId() + " " + Math.round(n.prefWidth(-1)) + "/"
                + Math.round(n.getLayoutBounds().getWidth())).toList() + " in " + Math.round(toolbar.getWidth());
    }
}
