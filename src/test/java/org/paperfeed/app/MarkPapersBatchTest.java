package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;

/** Marks on several papers at once: all or nothing, undoable, and durable through a restart and an index rebuild. */
class MarkPapersBatchTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private List<String> sampleIds(AppServices app, int count) throws Exception {
        return app.search().list(PaperFilter.NONE, count).stream().map(p -> p.id().value()).toList();
    }

    @Test
    void anUnknownIdChangesNothingAndTheErrorNamesEveryUnknownIdAsTyped() throws Exception {
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt"));
            List<String> ids = new ArrayList<>(sampleIds(app, 2));
            ids.add(1, "arXiv:2499.99999");
            ids.add("t-000000000000");

            assertThatThrownBy(() -> app.marks().starAll(ids)).isInstanceOf(UnknownPaperException.class)
                    .hasMessageStartingWith("no papers with ids 'arXiv:2499.99999', 't-000000000000' in the library; "
                            + "nothing was changed");

            assertThat(app.search().list(new PaperFilter(true, false, null), 10)).isEmpty();
        }
    }

    @Test
    void markAllReadCanBeUndone() throws Exception {
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt"));
            List<String> ids = sampleIds(app, 10);
            app.marks().markRead(ids.get(3));
            List<Object> events = new ArrayList<>();
            app.events().subscribe(Object.class, events::add);

            MarkedPapers done = app.marks().markAllRead(ids);

            assertThat(done.papers()).hasSize(10).allMatch(p -> p.state().read());
            assertThat(done.changedCount()).isEqualTo(9);
            assertThat(events).singleElement().isInstanceOf(AppEvents.PapersChanged.class);
            app.marks().undo(done);
            assertThat(ids).filteredOn(id -> readNow(app, id)).containsExactly(ids.get(3));
        }
    }

    @Test
    void notInterestedMarksSurviveARestartAndAnIndexRebuild() throws Exception {
        List<String> dismissed;
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(SampleLibrary.copy(SampleLibrary.SAMPLE, files, "page.txt"));
            List<String> ids = sampleIds(app, 5);
            app.marks().notInterested(ids.get(0));
            app.marks().notInterested(ids.subList(2, 4));
            app.marks().interested(ids.get(3));
            dismissed = List.of(ids.get(0), ids.get(2));
        }
        DamagedIndexRecoveryTest.damage(new DataFolder(data).library().resolve("index"),
                DamagedIndexRecoveryTest.Damage.DELETED_INDEX_FOLDER);
        try (AppServices app = SampleLibrary.open(data)) {
            assertThat(app.recovered()).isPresent();
            List<String> notInterested = app.search().list(PaperFilter.NONE, 100).stream()
                    .filter(p -> p.state().notInterested()).map(p -> p.id().value()).toList();
            assertThat(notInterested).containsExactlyInAnyOrderElementsOf(dismissed);
        }
    }

    private static boolean readNow(AppServices app, String id) {
        try {
            LibraryPaper paper = app.search().require(id);
            return paper.state().read();
        } catch (PaperFeedException e) {
            throw new AssertionError(e);
        }
    }
}
