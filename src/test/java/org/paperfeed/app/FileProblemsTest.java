package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The reason a file could not be used, in words: the JDK's message is only the path when its type is the reason. */
class FileProblemsTest {

    @Test
    void aReasonGivenOnlyByTheExceptionsTypeIsSaid() {
        assertThat(FileProblems.describe(new AccessDeniedException("/data/library")))
                .isEqualTo("permission denied (/data/library)");
        assertThat(FileProblems.describe(new NoSuchFileException("/data/x.json")))
                .isEqualTo("no such file or folder (/data/x.json)");
    }

    @Test
    void aMessageThatSaysWhyIsKept() {
        assertThat(FileProblems.describe(new FileSystemException("/data/x", null, "No space left on device")))
                .isEqualTo("/data/x: No space left on device");
        assertThat(FileProblems.describe(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }
}
