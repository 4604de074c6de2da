package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;
import org.paperfeed.safety.SmallDisk;

/**
 * "Mark all read" and its undo on a disk filling up: the journal's batch line may fit where the index's new doc-value
 * files do not. Each is saved whole or refused whole with the disk's own words, as the caller is told, in the same run
 * and after a restart. On a real tmpfs, skipped with the reason where one cannot be mounted.
 */
class MarkAllReadOnAFullDiskTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path work;

    private SmallDisk disk;
    private Path template;
    private List<PaperId> ids;

    @BeforeEach
    void aDayOfPapers() throws Exception {
        disk = SmallDisk.mount(work.resolve("disk"), 8);
        template = work.resolve("template");
        try (PaperLibrary library = PaperLibrary.open(template, CLOCK)) {
            ids = Papers.addADay(library, LocalDate.of(2025, 3, 4), 40);
        }
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    /**
     * Every amount of room from none to enough, twice: the batch line fits (a page's slack holds it) and the index's
     * commit is refused, so the line is taken back; or both are saved (from 7 pages of 4 KB on, here).
     */
    @Test
    void markAllReadAndItsUndoAreSavedWholeOrRefusedWhole() throws Exception {
        Path folder = disk.path().resolve("library");
        int saved = 0;
        int refused = 0;
        for (int round = 0; round < 2 * 16; round++) {
            int pages = round % 16;
            disk.free();
            TestFolders.deleteRecursively(folder);
            TestFolders.copyLibrary(template, folder);
            boolean read;
            Map<PaperId, PaperState> previous = null;
            try (PaperLibrary library = PaperLibrary.open(folder, CLOCK)) {
                disk.fill(pages * 4096L);
                try {
                    previous = library.updateStates(ids, s -> s.withRead(true)).previous();
                    read = true;
                    saved++;
                } catch (IOException e) {
                    assertThat(e).as(pages + " pages: " + e).hasMessageContaining("No space left");
                    read = false;
                    refused++;
                }
                assertAsTold(library, read, pages + " pages free, in the same run");
                disk.free();
                assertAsTold(library, read, pages + " pages free, once freed");
            }
            try (PaperLibrary reopened = PaperLibrary.open(folder, CLOCK)) {
                assertAsTold(reopened, read, pages + " pages free, after a restart");
                if (previous == null) {
                    continue;
                }
                // The undo, on the same amount of room.
                disk.fill(pages * 4096L);
                boolean undone;
                try {
                    reopened.restoreStates(previous);
                    undone = true;
                } catch (IOException e) {
                    assertThat(e).as(pages + " pages, the undo: " + e).hasMessageContaining("No space left");
                    undone = false;
                }
                disk.free();
                assertAsTold(reopened, !undone, pages + " pages free, the undo in the same run");
                reopened.restoreStates(previous);
                assertAsTold(reopened, false, pages + " pages free, the undo with room");
            }
            try (PaperLibrary reopened = PaperLibrary.open(folder, CLOCK)) {
                assertAsTold(reopened, false, pages + " pages free, the undo after a restart");
            }
        }
        assertThat(refused).as("some amounts of room refused it").isPositive();
        assertThat(saved).as("and some saved it").isPositive();
    }

    /** All read or none, in the journal and in the index alike. */
    private void assertAsTold(PaperLibrary library, boolean read, String when) throws Exception {
        for (PaperId id : ids) {
            assertThat(library.get(id).orElseThrow().state().read()).as(when + ": " + id.value()).isEqualTo(read);
        }
        assertThat(search(library, "is:read")).as(when).hasSize(read ? ids.size() : 0);
        assertThat(search(library, "is:unread")).as(when).hasSize(read ? 0 : ids.size());
        assertThat(library.days(List.of()).get(0).unread()).as(when).isEqualTo(read ? 0 : ids.size());
        assertThat(search(library, "is:starred tag:keep")).as(when).containsExactly(ids.get(0).value());
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.DATE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }
}
