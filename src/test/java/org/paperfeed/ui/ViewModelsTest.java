package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
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

    @Test
    void showingAPaperMarksItReadHighlightsTheQueryAndFindsRelatedPapers() throws Exception {
        ReaderViewModel reader = new ReaderViewModel(app, executor);
        LibraryPaper paper = app.search().require("2403.00001");

        reader.show(paper, "protein -folding author:ada");

        assertThat(reader.paperProperty().get().state().read()).isTrue();
        assertThat(reader.abstractProperty().get().spans()).filteredOn(s -> s.match())
                .extracting(s -> s.text()).containsExactly("protein");
        assertThat(app.search().require("2403.00001").state().read()).isTrue();
    }

    @Test
    void theReadPreferenceCanBeTurnedOff() throws Exception {
        ReaderViewModel reader = new ReaderViewModel(app, executor);
        reader.markReadOnOpenProperty().set(false);
        reader.show(app.search().require("2403.00002"), "");
        assertThat(app.search().require("2403.00002").state().read()).isFalse();
    }

    @Test
    void aNewTagAppearsInTheSidebarWithItsCount() throws Exception {
        ReaderViewModel reader = new ReaderViewModel(app, executor);
        SidebarViewModel sidebar = new SidebarViewModel(app, executor, settings, FXCollections.observableArrayList());
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
        SidebarViewModel sidebar = new SidebarViewModel(app, executor, settings, FXCollections.observableArrayList());
        sidebar.saveSearch("Proteins", "protein");

        assertThat(sidebar.selectedProperty().get().key()).isEqualTo("saved:Proteins");
        assertThat(sidebar.entries()).filteredOn(e -> e.kind() == SidebarEntry.Kind.SAVED_SEARCH)
                .extracting(SidebarEntry::count).containsExactly(1L);
        assertThat(JsonStore.preferences(dir).load().savedSearches()).hasSize(1);
        assertThat(JsonStore.preferences(dir).load().lastView()).isEqualTo("saved:Proteins");
    }

    @Test
    void refreshShowsEachSourceAsItGoesAndSaysWhatFailed() {
        SourceRefresher fake = new SourceRefresher() {
            @Override
            public List<SourceStatus> sources() {
                return List.of(new SourceStatus("hf", SourceStatus.State.NEVER, ""),
                        new SourceStatus("arxiv", SourceStatus.State.NEVER, ""));
            }

            @Override
            public void refresh(java.util.function.Consumer<SourceStatus> progress) {
                progress.accept(new SourceStatus("hf", SourceStatus.State.OK, ""));
                progress.accept(new SourceStatus("arxiv", SourceStatus.State.OFFLINE, "no network"));
            }
        };
        RefreshViewModel refresh = new RefreshViewModel(fake, executor);
        refresh.load();
        refresh.refresh();

        assertThat(refresh.sources()).extracting(SourceStatus::state)
                .containsExactly(SourceStatus.State.OK, SourceStatus.State.OFFLINE);
        assertThat(refresh.messageProperty().get()).isEqualTo("1 of 2 sources could not be refreshed");
        assertThat(refresh.runningProperty().get()).isFalse();
    }
}
