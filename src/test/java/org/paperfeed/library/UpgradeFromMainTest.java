package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SortOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A library written by main as filed (commit 3bd8bd5, see {@code upgrade/README.txt}) opens with today's code and
 * loses nothing: every paper, star, tag and read mark, the paper renamed from its title id to its arXiv id, and
 * journal lines this version does not understand. The index is migrated once, in place.
 */
class UpgradeFromMainTest {

    private static final String FIXTURE = "/org/paperfeed/upgrade/library-3bd8bd5.zip";
    /** A line a later version could add: this one must keep it as written. */
    private static final String FOREIGN = "{\"type\":\"highlight\",\"id\":\"2606.03287\",\"text\":\"relire la section 3\"}";

    @TempDir
    Path data;

    private Path library;
    private JsonNode expected;

    @BeforeEach
    void unzip() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path to = data.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
        }
        library = data.resolve("data/library");
        Files.deleteIfExists(library.resolve("library.lock"));
        expected = JsonMapper.builder().build().readTree(data.resolve("expected-list.json").toFile());
    }

    @Test
    void everyPaperAndMarkSurvivesTheUpgradeAndTheIndexIsMigratedOnce() throws Exception {
        Files.writeString(library.resolve("user-state.jsonl"), FOREIGN + "\n", StandardOpenOption.APPEND);
        // The kept digests are not what migration reads: without them nothing may be lost either.
        deleteTree(data.resolve("data/digests"));
        assertThat(commitData().get(PaperIndex.SCHEMA)).as("main as filed recorded no schema").isNull();

        try (PaperLibrary upgraded = PaperLibrary.open(library, Clock.systemUTC())) {
            assertThat(upgraded.migratedFromSchema()).contains(1);
            assertEveryPaperAndMark(upgraded);
            assertEveryPaperIsListedOnTheDayItWasAdded(upgraded);
        }
        Map<String, String> afterFirstOpen = commitData();
        assertThat(afterFirstOpen.get(PaperIndex.SCHEMA)).isEqualTo(Integer.toString(PaperIndex.SCHEMA_VERSION));
        long generation = commitGeneration();

        try (PaperLibrary reopened = PaperLibrary.open(library, Clock.systemUTC())) {
            assertThat(reopened.migratedFromSchema()).as("a second open does not migrate again").isEmpty();
            assertEveryPaperAndMark(reopened);
        }
        assertThat(commitGeneration()).as("nothing was committed by the second open").isEqualTo(generation);

        List<String> journal = Files.readAllLines(library.resolve("user-state.jsonl"), StandardCharsets.UTF_8);
        assertThat(journal.get(0)).startsWith("{\"type\":\"format\",\"version\":" + JournalEntry.FORMAT_VERSION);
        assertThat(journal).contains(FOREIGN);
    }

    @Test
    void theMigratedIndexCarriesForYousFeatures() throws Exception {
        PaperId known = PaperId.arxiv("1909.11015");
        try (PaperLibrary upgraded = PaperLibrary.open(library, Clock.systemUTC());
             PaperFeatures features = upgraded.features()) {
            java.util.Map<String, Integer> terms = features.termCounts(known);
            assertThat(terms).isNotEmpty();
            assertThat(terms.keySet()).anyMatch(t -> t.startsWith(PaperFeatures.AUTHOR_PREFIX))
                    .anyMatch(t -> t.contains(" ") && !t.startsWith(PaperFeatures.AUTHOR_PREFIX));
            assertThat(features.docFreq(terms.keySet().iterator().next())).isPositive();
        }
        try (PaperLibrary view = PaperLibrary.openReadOnly(library, Clock.systemUTC());
             PaperFeatures features = view.features()) {
            assertThat(features.termCounts(known)).as("a read-only view of a migrated index").isNotEmpty();
        }
    }

    /** The window's start reads before it opens the writer, except when the index must be migrated first. */
    @Test
    void theWindowsReadingFirstOpenMigratesAnOldLibraryBeforeItIsRead() throws Exception {
        try (PaperLibrary upgraded = PaperLibrary.openReadingFirst(library, Clock.systemUTC())) {
            assertThat(upgraded.migratedFromSchema()).contains(1);
            assertThat(upgraded.writerPending()).isFalse();
            assertEveryPaperAndMark(upgraded);
        }
        assertThat(commitData().get(PaperIndex.SCHEMA)).isEqualTo(Integer.toString(PaperIndex.SCHEMA_VERSION));
        try (PaperLibrary reopened = PaperLibrary.openReadingFirst(library, Clock.systemUTC())) {
            assertThat(reopened.writerPending()).as("migrated: read first from now on").isTrue();
            assertEveryPaperAndMark(reopened);
        }
    }

    @Test
    void aReadOnlyViewReadsTheOldSchemaWithoutMigratingIt() throws Exception {
        byte[] journal = Files.readAllBytes(library.resolve("user-state.jsonl"));
        long generation = commitGeneration();
        try (PaperLibrary view = PaperLibrary.openReadOnly(library, Clock.systemUTC())) {
            assertEveryPaperAndMark(view);
            assertEveryPaperIsListedOnTheDayItWasAdded(view);
            assertThatThrownBy(() -> view.updateStates(List.of(PaperId.arxiv("1909.11015")), s -> s.withRead(false)))
                    .isInstanceOf(LibraryLockedException.class);
        }
        assertThat(commitGeneration()).isEqualTo(generation);
        assertThat(Files.readAllBytes(library.resolve("user-state.jsonl"))).isEqualTo(journal);
    }

    @Test
    void aMigrationInterruptedHalfWayLeavesTheOldIndexWhichMigratesOnTheNextOpen() throws Exception {
        try (PaperIndex index = PaperIndex.open(library.resolve("index"))) {
            int[] seen = new int[1];
            assertThatThrownBy(() -> index.rewriteAll(old -> {
                if (++seen[0] == 100) {
                    throw new IOException("the process died here");
                }
                return PaperDocuments.toDocument(PaperDocuments.fromDocument(old).paper(),
                        org.paperfeed.model.PaperState.UNTOUCHED, java.time.Instant.now());
            }, 0)).hasMessage("the process died here");
        }
        assertThat(commitData().get(PaperIndex.SCHEMA)).isNull();

        try (PaperLibrary upgraded = PaperLibrary.open(library, Clock.systemUTC())) {
            assertThat(upgraded.migratedFromSchema()).contains(1);
            assertEveryPaperAndMark(upgraded);
        }
    }

    private void assertEveryPaperAndMark(PaperLibrary opened) throws Exception {
        assertThat(opened.size()).isEqualTo(expected.size());
        List<String> starred = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (JsonNode paper : expected.values()) {
            String id = paper.get("id").stringValue();
            LibraryPaper now = opened.get(new PaperId(id)).orElseThrow(() -> new AssertionError("lost " + id));
            assertThat(now.id().value()).isEqualTo(id);
            assertThat(now.paper().title()).isEqualTo(paper.get("title").stringValue());
            assertThat(now.paper().abstractText()).isEqualTo(paper.get("abstract").stringValue());
            assertThat(now.state().starred()).as(id).isEqualTo(paper.get("starred").booleanValue());
            assertThat(now.state().read()).as(id).isEqualTo(paper.get("read").booleanValue());
            TreeSet<String> tags = new TreeSet<>();
            paper.get("tags").values().forEach(t -> tags.add(t.stringValue()));
            assertThat(now.state().tags()).as(id).containsExactlyInAnyOrderElementsOf(tags);
            if (paper.get("starred").booleanValue()) {
                starred.add(id);
            }
            if (paper.get("read").booleanValue()) {
                read.add(id);
            }
        }
        // The renamed paper: first seen by title on the sample page, then by its arXiv id, marks kept.
        LibraryPaper renamed = opened.get(PaperId.arxiv("1909.11015")).orElseThrow();
        assertThat(renamed.state().tags()).containsExactlyInAnyOrder("adam", "optimizers", "to read");
        assertThat(opened.get(new PaperId("t-1b0328990993")).orElseThrow().id()).isEqualTo(renamed.id());
        // The index's mirror of the marks came through too, so searches still find them.
        assertThat(search(opened, "is:starred")).containsExactlyInAnyOrderElementsOf(starred);
        assertThat(search(opened, "is:read")).containsExactlyInAnyOrderElementsOf(read);
        assertThat(search(opened, "tag:\"deep learning\" tag:llm")).containsExactly("2606.03287");
        assertThat(starred).hasSize(4);
        assertThat(read).hasSize(5);
    }

    /** Main as filed kept no listings: each paper gets one, on the day it was added, so it shows on a day. */
    private void assertEveryPaperIsListedOnTheDayItWasAdded(PaperLibrary opened) throws Exception {
        for (JsonNode paper : expected.values()) {
            LibraryPaper now = opened.get(new PaperId(paper.get("id").stringValue())).orElseThrow();
            assertThat(now.paper().listings()).as(now.id().value()).singleElement().satisfies(listing -> {
                assertThat(listing.source()).isEqualTo(now.paper().source());
                assertThat(listing.day()).isEqualTo(java.time.LocalDate.ofInstant(now.added(), java.time.ZoneOffset.UTC));
                assertThat(listing.upvotes()).isEqualTo(now.paper().upvotes());
                assertThat(listing.keepsFirstDay()).isTrue();
            });
        }
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 500, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }

    private Map<String, String> commitData() throws IOException {
        try (FSDirectory dir = FSDirectory.open(library.resolve("index"))) {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        }
    }

    private long commitGeneration() throws IOException {
        try (FSDirectory dir = FSDirectory.open(library.resolve("index"))) {
            return SegmentInfos.readLatestCommit(dir).getGeneration();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
