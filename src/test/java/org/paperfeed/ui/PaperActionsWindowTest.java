package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * Issue 13, item 4: {@code o} on a paper it cannot open says why in the reading pane, and every row has a context
 * menu with the paper's actions, leaving out those the paper cannot support.
 */
class PaperActionsWindowTest {

    /** A feed item with a title and an abstract and nothing else: no link, no authors. */
    static final String NO_LINK = "<?xml version='1.0'?><rss version=\"2.0\"><channel><title>Bare feed</title>"
            + "<item><title>A Paper Without Any Link</title><description>Only words, nowhere to go.</description>"
            + "<pubDate>Mon, 04 Mar 2024 00:00:00 +0000</pubDate></item></channel></rss>";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    /**
     * Opens the window with {@code folder} the only place a browser is looked for, the protein paper selected: on
     * Linux and the BSDs (skipped on macOS and Windows, where a browser is always found).
     */
    private void startWithBrowsersOnlyIn(Path folder) throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        org.junit.jupiter.api.Assumptions.assumeFalse(os.startsWith("mac") || os.startsWith("windows"),
                "a browser is always found on macOS and Windows");
        System.setProperty(SystemBrowser.PATH_PROPERTY, folder.toString());
        start(null);
        window.search("protein");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
    }

    @org.junit.jupiter.api.AfterEach
    void lookForBrowsersOnThePathAgain() {
        System.clearProperty(SystemBrowser.PATH_PROPERTY);
    }

    private void start(LinkOpener opener) throws Exception {
        TestLibrary.create(dir, 3);
        try (AppServices seed = TestLibrary.open(dir)) {
            seed.imports().importBytes(NO_LINK.getBytes(StandardCharsets.UTF_8), "bare.xml", "Bare feed",
                    "application/rss+xml");
        }
        window.opener(opener).start(dir);
    }

    @Test
    void oOnAPaperWithNoLinkOrWithNoBrowserSaysSoInThePane() throws Exception {
        start(url -> {
            throw new UnsupportedOperationException("no browser on this desktop");
        });
        window.search("\"without any link\"");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        window.robot.type(KeyCode.O);
        await(() -> message().equals("This paper has no web link to open."));

        window.search("protein");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> message().isEmpty());
        window.robot.type(KeyCode.O);
        await(() -> message().startsWith("No browser could be started for https://arxiv.org/abs/"));
    }

    /**
     * The window's own way to the browser, on a machine with none (Linux and the BSDs, where JavaFX looks for one on
     * the PATH): {@code o} says in a notice that the link could not be opened, with the link and a Copy button. It
     * did nothing the reader could see (JavaFX printed a stack trace).
     */
    @Test
    void oWithNoBrowserOnTheMachineSaysSoInANoticeWithTheLinkToCopy(@TempDir Path noBrowsers) throws Exception {
        startWithBrowsersOnlyIn(noBrowsers);
        String link = fx(() -> PaperActions.primaryLink(window.list().getItems().get(0).entry()).orElseThrow());

        window.robot.type(KeyCode.O);

        await(() -> window.robot.lookup("#notices").query().isVisible());
        assertThat(fx(() -> window.robot.lookup("#notice").queryLabeled().getText()))
                .startsWith("The link could not be opened: no web browser was found").endsWith(link);
        assertThat(fx(() -> window.robot.lookup("#notice-copy").queryButton().getText())).isEqualTo("Copy link");
        window.robot.clickOn("#notice-copy");
        await(() -> !window.copied.isEmpty());
        assertThat(window.copied).last().isEqualTo(link);
        // Nothing else shows that the link was copied: the button says so.
        assertThat(fx(() -> window.robot.lookup("#notice-copy").queryButton().getText())).isEqualTo("Copied");
    }

    /**
     * gio (GLib's tool) and sensible-browser (sensible-utils, on every Debian and Ubuntu) are on the PATH of machines
     * with no browser at all: JavaFX's GTK then cannot open the link, and prints so where the reader never looks.
     * Taken for browsers, they made {@code o} do nothing the reader could see on such a machine (found under Xvfb,
     * where both are installed and no browser is); {@code o} now says the link could not be opened.
     */
    @Test
    void oWithOnlyGioAndSensibleBrowserOnThePathSaysTheLinkCouldNotBeOpened(@TempDir Path noBrowsers)
            throws Exception {
        for (String tool : List.of("gio", "sensible-browser")) {
            Path file = java.nio.file.Files.writeString(noBrowsers.resolve(tool), "#!/bin/sh\nexit 1\n");
            assertThat(file.toFile().setExecutable(true)).isTrue();
        }
        startWithBrowsersOnlyIn(noBrowsers);

        window.robot.type(KeyCode.O);

        await(() -> window.robot.lookup("#notices").query().isVisible());
        assertThat(fx(() -> window.robot.lookup("#notice").queryLabeled().getText()))
                .startsWith("The link could not be opened: no web browser was found");
    }

    /**
     * {@code o} pressed again on a paper whose link could not be opened leaves the one notice: each press had queued
     * the same notice again, and its button read Next (1 more) for a next that said the same.
     */
    @Test
    void oPressedTwiceWithNoBrowserShowsTheNoticeOnce(@TempDir Path noBrowsers) throws Exception {
        startWithBrowsersOnlyIn(noBrowsers);

        window.robot.type(KeyCode.O);
        await(() -> window.robot.lookup("#notices").query().isVisible());
        window.robot.type(KeyCode.O);
        // The second press's look for a browser is off the FX thread: give it the time the first one took.
        Thread.sleep(500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> window.robot.lookup("#notice-dismiss").queryButton().getText())).isEqualTo("Dismiss");
    }

    @Test
    void everyRowHasAMenuOfThePapersActionsAndCopyAndStarWork() throws Exception {
        start(window.opened::add);
        window.search("protein");
        await(() -> window.list().getItems().size() == 1);
        rightClick(0);
        await(() -> menu() != null);
        // Opening the paper may mark it read while the menu opens: either wording of that item is right.
        assertThat(fx(() -> menu().getItems().stream().map(MenuItem::getText).filter(t -> t != null)
                .map(t -> t.replace("Mark unread", "Mark read")).toList()))
                .containsExactly("Open abstract page (o)", "Open PDF", "Copy link (c)", "Copy BibTeX (b)",
                        "Copy title", "Star (s)", "Add a tag… (t)", "Mark read (m)", "Not interested (x)");
        click("row-menu-copy-bibtex");
        await(() -> clipboard().startsWith("@misc{") && clipboard().contains("Diffusion Models for Protein Folding"));
        assertThat(fx(this::message)).isEqualTo("Copied the BibTeX entry");

        rightClick(0);
        await(() -> menu() != null);
        click("row-menu-star");
        await(() -> window.list().getItems().get(0).entry().state().starred());

        rightClick(0);
        await(() -> menu() != null);
        click("row-menu-open-pdf");
        await(() -> window.opened.size() == 1);
        assertThat(window.opened.get(0)).startsWith("https://arxiv.org/pdf/");

        window.clickRow(0);
        window.robot.type(KeyCode.C);
        await(() -> clipboard().startsWith("https://arxiv.org/abs/"));

        // A paper with no link offers nothing that would need one.
        window.search("\"without any link\"");
        await(() -> window.list().getItems().size() == 1);
        rightClick(0);
        await(() -> menu() != null);
        List<String> bare = fx(() -> menu().getItems().stream().map(MenuItem::getText).filter(t -> t != null)
                .toList());
        assertThat(bare).doesNotContain("Open abstract page (o)", "Open PDF", "Copy link (c)")
                .contains("Copy BibTeX (b)", "Copy title", "Star (s)");
        window.robot.type(KeyCode.ESCAPE);
    }

    /**
     * {@code c} and {@code b} each say in the reading pane what they copied, and the line goes again after a few
     * seconds: "Copied the link" had stayed there through Mark all read, Undo and whatever came next, the note box
     * pushed down under it, and {@code b} had said nothing though the entry was on the clipboard.
     */
    @Test
    void cAndBSayWhatTheyCopiedForAFewSeconds() throws Exception {
        start(window.opened::add);
        window.search("protein");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);

        window.robot.type(KeyCode.C);
        await(() -> clipboard().startsWith("https://arxiv.org/abs/"));
        assertThat(fx(this::shownMessage)).as("after c").isEqualTo("Copied the link");
        window.robot.type(KeyCode.B);
        await(() -> clipboard().startsWith("@misc{"));
        assertThat(fx(this::shownMessage)).as("after b").isEqualTo("Copied the BibTeX entry");

        long said = System.nanoTime();
        await(() -> shownMessage().isEmpty());
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - said)).as("how long it showed")
                .isGreaterThan(java.time.Duration.ofSeconds(2));
    }

    /** The reading pane's message as shown: empty when no message line is on the screen. */
    private String shownMessage() {
        return window.app.window().reader().lookupAll("#reader-message").stream()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getParent() != null && n.getParent().isVisible())
                .map(n -> ((javafx.scene.control.Label) n).getText()).findFirst().orElse("");
    }

    /**
     * "Mark read" marks the paper read, whatever its marks became since the menu opened: with "Mark read when shown",
     * opening the menu shows the paper and so marks it read, and the item, named while it was unread, toggled it
     * back to unread. Here the paper is marked read by the library while the menu is open, so the order is certain.
     */
    @Test
    void theMenusMarkReadMarksAPaperReadThatWasMarkedReadSinceTheMenuOpened() throws Exception {
        start(window.opened::add);
        window.robot.interact(() -> {
            window.models().reader().markReadOnOpenProperty().unbind();
            window.models().reader().markReadOnOpenProperty().set(false);
        });
        window.search("protein");
        await(() -> window.list().getItems().size() == 1 && !window.list().getItems().get(0).entry().state().read());
        rightClick(0);
        await(() -> menu() != null);
        String named = fx(() -> menu().getItems().stream().filter(i -> "row-menu-read".equals(i.getId()))
                .findFirst().orElseThrow().getText());
        assertThat(named).as("named for the paper right-clicked, unread").isEqualTo("Mark read (m)");
        String id = fx(() -> window.list().getItems().get(0).id());
        window.app.app().marks().markRead(id);
        await(() -> window.list().getItems().get(0).entry().state().read());

        click("row-menu-read");
        window.robot.sleep(500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.app.app().search().require(id).state().read()).as("read, as the item said").isTrue();
        assertThat(fx(() -> window.list().getItems().get(0).entry().state().read())).isTrue();
    }

    /**
     * A right click on row {@code index}: the press, then the context-menu request the desktop sends with it
     * (headless Monocle sends none, so it is sent here as the platform would).
     */
    private void rightClick(int index) throws Exception {
        javafx.scene.Node cell = window.cell(index);
        window.robot.clickOn(cell, MouseButton.SECONDARY);
        window.robot.interact(() -> {
            if (menu() == null) {
                javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
                javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, b.getWidth() / 2,
                        b.getHeight() / 2, b.getCenterX(), b.getCenterY(), false, null));
            }
        });
    }

    private void click(String id) throws Exception {
        MenuItem item = fx(() -> menu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow());
        window.robot.interact(() -> {
            item.fire();
            menu().hide();
        });
    }

    /** The row menu, when it is showing. */
    private ContextMenu menu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).filter(m -> "row-menu".equals(m.getId())).findFirst().orElse(null);
    }

    private String clipboard() {
        return window.copied.isEmpty() ? "" : window.copied.get(window.copied.size() - 1);
    }

    private String message() {
        return window.models().reader().messageProperty().get();
    }
}
