package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.cli.CliRun;

/**
 * A rebuild of a damaged index that stops part-way (here the disk fills up: the damaged index is kept aside, so the
 * rebuild needs its room again) is finished by the next open. It had left an index of the digests read so far, and
 * the next open, finding an index, took it for the library: the papers of the other digests were gone without a
 * word. On a real tmpfs, skipped with the reason where one cannot be mounted.
 */
class InterruptedRebuildTest {

    @TempDir
    Path work;

    private SmallDisk disk;
    private DataFolder data;

    @BeforeEach
    void aMarkedLibraryOfEveryDigestOnASmallDisk() throws Exception {
        disk = SmallDisk.mount(work.resolve("disk"), 8);
        Path inputs = work.resolve("inputs");
        Corpus.write(inputs);
        data = new DataFolder(disk.path().resolve("data"));
        Corpus.importAndMark(inputs, data);
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            for (int file = 1; file < Corpus.FILES; file++) {
                app.imports().importFile(Corpus.file(inputs, file));
            }
        }
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    @Test
    void aRebuildStoppedPartWayIsFinishedByTheNextOpen() throws Exception {
        Path index = data.library().resolve("index");
        long indexBytes = size(index);
        int papers = papersIn(index);
        // The last commit's list of segments garbled: the index is damaged, set aside, and rebuilt.
        Path segments = newest(index, "segments_");
        byte[] bytes = Files.readAllBytes(segments);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(segments, bytes);

        // Room for about half of what the rebuild writes (a new index of every digest, and the merges on the way).
        disk.fill(indexBytes * 2);
        assertThatThrownBy(() -> AppServices.open(data, Clock.systemUTC()).close())
                .isInstanceOf(PaperFeedException.class).hasMessageContaining("No space left");
        int rebuiltSoFar = papersIn(index);
        assertThat(rebuiltSoFar).as("the rebuild stopped part-way").isBetween(1, papers - 1);

        disk.free();
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.recovered()).as("the rebuild is done again, and said").isPresent();
        }
        assertThat(papersIn(index)).isEqualTo(papers);
        assertThat(CliRun.of(data.path(), "show", Corpus.id(0), "--json").out()).contains("\"starred\" : true");
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.recovered()).as("once finished, not again").isEmpty();
        }
        assertThat(papersIn(index)).isEqualTo(papers);
    }

    private static int papersIn(Path index) throws Exception {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private static Path newest(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(f -> f.getFileName().toString())).orElseThrow();
        }
    }

    private static long size(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
