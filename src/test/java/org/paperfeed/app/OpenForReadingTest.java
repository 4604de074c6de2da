package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * A command that only reads ({@code list}, {@code search}, {@code recommend}…) opens the library without its index
 * writer, which it does not need (opening it was a fifth of such a command's start on a large library); the library
 * is still its own (locked, not a read-only view), so a change made through it is saved as through any open.
 */
class OpenForReadingTest {

    @TempDir
    Path data;

    @Test
    void aSoundLibraryIsReadWithoutOpeningItsWriterAndAChangeIsStillSaved() throws Exception {
        String id;
        try (AppServices app = SampleLibrary.open(data)) {
            app.imports().importFile(SampleLibrary.copy(SampleLibrary.SAMPLE, data, "hf-papers-page.txt"));
            id = app.search().list(PaperFilter.NONE, 1).get(0).paper().id().value();
        }

        try (AppServices reading = AppServices.openForReading(new DataFolder(data), Clock.systemDefaultZone())) {
            assertThat(reading.readOnly()).isFalse();
            assertThat(writerOpen()).as("the index writer is not opened to read").isFalse();
            assertThat(reading.search().search("", PaperFilter.NONE, SortOrder.DATE, 5).hits()).isNotEmpty();

            reading.marks().star(id);
            assertThat(writerOpen()).as("opened by the change").isTrue();
        }

        try (AppServices again = AppServices.openForReading(new DataFolder(data), Clock.systemDefaultZone())) {
            assertThat(again.search().search("is:starred", PaperFilter.NONE, SortOrder.DATE, 5).hits())
                    .extracting(hit -> hit.entry().paper().id().value()).containsExactly(id);
        }
    }

    /** Whether an {@link IndexWriter} holds the index now: its lock cannot then be taken. */
    private boolean writerOpen() throws Exception {
        try (Directory index = FSDirectory.open(new DataFolder(data).library().resolve("index"))) {
            try (Lock lock = index.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                assertThatCode(lock::ensureValid).doesNotThrowAnyException();
                return false;
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                return true;
            }
        }
    }
}
