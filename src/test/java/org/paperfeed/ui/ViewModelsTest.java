package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import javafx.collections.FXCollections;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.ui.task.SameThreadExecutor;

/** The sidebar, reading pane and refresh view models on a real library, with everything on the test thread. */
class ViewModelsTest {

    @TempDir
    Path dir;
    AppServices app;
    SameThreadExecutor executor = new SameThreadExecutor();
    Settings settings;

    @BeforeEach
    void setUp() throws Exception {
        app = TestLibrary.open(dir);
        app.imports().importBytes(TestLibrary.digest(5), "test", "test-papers", "application/json");
        settings = new Settings(JsonStore.preferences(dir), Preferences.DEFAULT, executor);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private SidebarViewModel sidebar() {
        return new SidebarViewModel(app.savedSearches(), app.search(), app.browse(), app.sample(), app.events(),
                executor, settings, FXCollections.observableArrayList());
    }

    private ReaderViewModel reader() {
        return new ReaderViewModel(app.search(), app.marks(), app.notes(), app.forYou(), app.exports(), app.events(),
                executor);
    }

    @Test
    void theLibrarysLinesAreListedBeforeTheirFirstCountLands() {
        // The window counts only after the first rows are drawn: until then the lines show, without counts.
        SidebarViewModel sidebar = new SidebarViewModel(app.savedSearches(), app.search(), app.browse(), app.sample(),
                app.events(), new NoteEditorModelTest.HeldExecutor(), settings, FXCollections.observableArrayList());

        assertThat(sidebar.entries().stream().map(SidebarEntry::feed).filter(java.util.Objects::nonNull))
                .containsExactlyElementsOf(Feed.FIXED);
        assertThat(sidebar.entries()).allMatch(entry -> entry.count() < 0);
    }

    @Test
    void showingAPaperMarksItReadHighlightsTheQueryAndFindsRelatedPapers() throws Exception {
        ReaderViewModel reader = reader();
        LibraryPaper paper = app.search().require("2403.00001");

        reader.show(paper, "proteins -chess author:ada");

        assertThat(reader.paperProperty().get().state().read()).isTrue();
        // Marked as the search matches: the stem of "proteins"; nothing for the excluded word or the author filter.
        assertThat(reader.abstractProperty().get().spans()).filteredOn(s -> s.match())
                .extracting(s -> s.text()).containsExactly("protein");
        assertThat(reader.related()).isNotEmpty();
        assertThat(app.search().require("2403.00001").state().read()).isTrue();
    }

    @Test
    void aListenerOnTheRelatedPapersStillHearsAfterAGarbageCollection() throws Exception {
        ReaderViewModel reader = reader();
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        reader.related().addListener((javafx.collections.ListChangeListener<LibraryPaper>) c -> heard.incrementAndGet());
        System.gc();
        Thread.sleep(50);
        System.gc();

        reader.show(app.search().require("2403.00006"), "");

        assertThat(heard.get()).isPositive();
        assertThat(reader.related()).isNotEmpty();
    }

    @Test
    void theReadPreferenceCanBeTurnedOff() throws Exception {
        ReaderViewModel reader = reader();
        reader.markReadOnOpenProperty().set(false);
        reader.show(app.search().require("2403.00002"), "");
        assertThat(app.search().require("2403.00002").state().read()).isFalse();
    }

    @Test
    void aNewTagAppearsInTheSidebarWithItsCount() throws Exception {
        ReaderViewModel reader = reader();
        SidebarViewModel sidebar = sidebar();
        sidebar.refresh();
        reader.show(app.search().require("2403.00003"), "");

        reader.addTag("Attention");

        assertThat(sidebar.entries()).filteredOn(e -> e.kind() == SidebarEntry.Kind.TAG)
                .extracting(SidebarEntry::label, SidebarEntry::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("attention", 1L));
        assertThat(reader.knownTags()).containsExactly("attention");
    }

    @Test
    void aSavedSearchIsRememberedAndCountsItsUnreadPapers() {
        SidebarViewModel sidebar = sidebar();
        sidebar.saveSearch("Proteins", "protein");

        assertThat(sidebar.selectedProperty().get().key()).isEqualTo("saved:Proteins");
        assertThat(sidebar.entries()).filteredOn(e -> e.kind() == SidebarEntry.Kind.SAVED_SEARCH)
                .extracting(SidebarEntry::count).containsExactly(1L);
        // A mark, not a setting: in the journal (through the app), not in preferences.json.
        assertThat(app.savedSearches().list()).extracting(s -> s.name()).containsExactly("Proteins");
        assertThat(JsonStore.preferences(dir).load().lastView()).isEqualTo("saved:Proteins");
    }

    @Test
    void refreshShowsEachSourceAsItGoesAndSaysWhatFailed() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body(new okio.Buffer().write(TestSources.fixture("hf-daily.json"))).build());
            server.start();
            app.close();
            app = AppServices.open(new DataFolder(dir), Clock.systemDefaultZone(), TestSources.of(
                    TestSources.hfDaily("hf", server.url("/api/daily_papers").toString()),
                    TestSources.hfDaily("away", "http://127.0.0.1:" + TestSources.closedPort() + "/feed")));
            RefreshViewModel refresh = new RefreshViewModel(app.refresh(), app.sources(), app.events(), executor);
            refresh.refresh();
            assertThat(refresh.runningProperty().get()).as("waits for the sources to be read").isFalse();

            refresh.load();

            assertThat(refresh.sources()).extracting(SourceLine::name, SourceLine::state).containsExactly(
                    tuple("hf", SourceLine.State.OK), tuple("away", SourceLine.State.OFFLINE));
            assertThat(refresh.sources().get(1).tooltip()).startsWith("away\nOffline: cannot reach 127.0.0.1");
            assertThat(refresh.messageProperty().get()).isEqualTo("3 new papers · 1 of 2 sources failed");
            assertThat(refresh.runningProperty().get()).isFalse();
            assertThat(app.search().size()).isEqualTo(13);
        }
    }
}
