package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.model.SortOrder;
import org.paperfeed.safety.SmallDisk;

/**
 * A merge that runs out of room on a full disk, in a library that stays open (the window's): Lucene then closes its
 * writer for good ("this writer hit an unrecoverable error"), and every later change would be refused, in words about
 * an IllegalStateException, until a restart. The library reopens the writer on its last commit instead, so the first
 * change once there is room again is saved. On a real tmpfs, skipped with the reason where one cannot be mounted.
 * Whether the forced merge or the commit that keeps an earlier merge is what runs out of room depends on whether the
 * commits' own merges of small segments finished in time (most runs here: the forced merge); neither may fail the
 * import, whose papers are saved.
 */
class MergeOutOfRoomTest {

    @TempDir
    Path work;

    private SmallDisk disk;
    private PaperLibrary library;

    @BeforeEach
    void aLibraryOfSeveralSegmentsOnASmallDisk() throws Exception {
        disk = SmallDisk.mount(work.resolve("disk"), 8);
        library = PaperLibrary.open(disk.path().resolve("library"), Clock.systemUTC());
        // Three digests, three commits: three small segments for the end of an import to merge.
        for (int digest = 0; digest < 3; digest++) {
            List<Paper> papers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = String.format("2501.%05d", digest * 100 + i);
                papers.add(Papers.arxiv(id, "Paper " + id + " on merging segments " + digest,
                        "An abstract about segments, merges and disks that fill up, number " + id + ".",
                        LocalDate.of(2025, 1, 1 + digest), "Ada Lovelace"));
            }
            library.add(papers);
        }
    }

    @AfterEach
    void closeAndUnmount() throws Exception {
        try {
            library.close();
        } finally {
            disk.close();
        }
    }

    @Test
    void aMergeThatRanOutOfRoomStopsNoLaterChangeAndPrintsNothing() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        try {
            disk.fill(0);
            // The end of a bulk import: it merges the small segments, which needs room the disk no longer has.
            library.keepMerges();
            disk.free();

            library.updateState(PaperId.arxiv("2501.00001"), s -> s.withStarred(true));
            library.updateState(PaperId.arxiv("2501.00202"), s -> s.withStarred(true));
            library.saveSearch("Merges", "merging");
        } finally {
            System.setErr(before);
        }
        String printed = terminal.toString(StandardCharsets.UTF_8);
        assertThat(printed).as("no stack trace from Lucene's merge thread").doesNotContain("Exception in thread")
                .doesNotContain("\tat org.apache.lucene");
        // The import's note names the cause in its words, not Lucene's list of every segment of the merge.
        assertThat(printed.lines().filter(line -> line.contains("WARN"))).singleElement().asString()
                .contains("No space left on device").doesNotContain("diagnostics");
        assertThat(starred(library)).containsExactlyInAnyOrder("2501.00001", "2501.00202");
        library.close();
        library = PaperLibrary.open(disk.path().resolve("library"), Clock.systemUTC());
        assertThat(starred(library)).as("after a reopen").containsExactlyInAnyOrder("2501.00001", "2501.00202");
        assertThat(library.savedSearches()).extracting(SavedSearch::name).as("after a reopen").containsExactly("Merges");
        assertThat(library.size()).isEqualTo(120);
    }

    private static List<String> starred(PaperLibrary library) throws Exception {
        return library.search(new LibraryQuery("is:starred", PaperFilter.NONE, SortOrder.RELEVANCE, 100, 0)).hits()
                .stream().map(h -> h.entry().id().value()).toList();
    }
}
