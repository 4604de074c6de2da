package org.paperfeed.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written out of order through a mapping replaces the old one whole, or not at all. */
class DurableFilesMappedTest {

    @TempDir
    Path folder;

    @Test
    void theMappedBytesWrittenInAnyOrderBecomeTheFile() throws Exception {
        Path target = folder.resolve("sub/table.bin");
        DurableFiles.writeMapped(target, 8, out -> {
            out.put(7, (byte) 'h');
            out.put(0, (byte) 'a');
        });
        assertThat(Files.readAllBytes(target)).containsExactly('a', 0, 0, 0, 0, 0, 0, 'h');
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("table.bin");
        Files.write(target, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> DurableFiles.writeMapped(target, 1024, out -> {
            out.put(0, (byte) 9);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
