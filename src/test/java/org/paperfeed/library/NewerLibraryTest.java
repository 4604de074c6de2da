package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperId;

/** A library a newer PaperFeed wrote is shown read-only, with one line saying so, and never written. */
class NewerLibraryTest {

    private static final PaperId PAPER = PaperId.arxiv("2403.00001");

    @TempDir
    Path folder;

    @BeforeEach
    void aMarkedLibrary() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(Papers.arxiv("2403.00001", "Alpha nets", "One.", LocalDate.of(2024, 3, 1))));
            library.updateState(PAPER, s -> s.withStarred(true));
        }
    }

    @Test
    void aJournalOfANewerFormatOpensTheLibraryReadOnly() throws Exception {
        Path journal = folder.resolve("user-state.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal));
        lines.set(0, "{\"type\":\"format\",\"version\":3,\"seq\":0}");
        lines.add("{\"type\":\"paper\",\"seq\":9,\"id\":\"2403.00001\",\"starred\":true,\"read\":true,\"colour\":\"red\"}");
        Files.write(journal, lines);
        byte[] before = Files.readAllBytes(journal);
        long generation = commitGeneration();

        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(library.isReadOnly()).isTrue();
            assertThat(library.readOnlyReason()).hasValue("the library was written by a newer "
                    + "version of PaperFeed (journal format 3, this version reads up to 2); showing it read-only");
            assertThat(library.get(PAPER).orElseThrow().state().read()).as("what it understands is shown").isTrue();
            assertThatThrownBy(() -> library.updateState(PAPER, s -> s.withStarred(false)))
                    .isInstanceOf(LibraryTooNewException.class).hasMessageContaining("can only read it");
            assertThatThrownBy(() -> library.addMuteRule("title:x")).isInstanceOf(LibraryTooNewException.class);
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
        assertThat(commitGeneration()).isEqualTo(generation);
        // The lock was released: the newer version (or this one, once the journal is back) can open it.
        try (PaperLibrary again = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(again.isReadOnly()).isTrue();
        }
    }

    @Test
    void anIndexOfANewerSchemaOpensTheLibraryReadOnly() throws Exception {
        try (FSDirectory dir = FSDirectory.open(folder.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setIndexSort(PaperIndex.NEWEST_FIRST))) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            data.put(PaperIndex.SCHEMA, "99");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(library.readOnlyReason().orElseThrow()).contains("index schema 99");
            assertThat(library.get(PAPER).orElseThrow().state().starred()).isTrue();
            assertThatThrownBy(() -> library.updateStates(List.of(PAPER), s -> s.withRead(true)))
                    .isInstanceOf(LibraryTooNewException.class);
        }
    }

    private long commitGeneration() throws Exception {
        try (FSDirectory dir = FSDirectory.open(folder.resolve("index"))) {
            return SegmentInfos.readLatestCommit(dir).getGeneration();
        }
    }
}
