package org.paperfeed.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A library in a temporary folder holding the bundled 74-paper sample digest. */
final class SampleLibrary {

    static final String SAMPLE = "/org/paperfeed/sample/hf-papers-page.txt";

    private SampleLibrary() {
    }

    static byte[] resource(String name) {
        try (InputStream in = SampleLibrary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String resource, Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        Files.write(file, resource(resource));
        return file;
    }

    static AppServices open(Path dataFolder) throws PaperFeedException {
        return AppServices.open(new DataFolder(dataFolder), Clock.systemDefaultZone());
    }
}
