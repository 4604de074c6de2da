package org.paperfeed.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.PaperFeedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled Hugging Face papers page: what a new user sees at once, before any network refresh succeeds
 * (or when there is no network at all).
 */
final class SampleDigest {

    static final String RESOURCE = "/org/paperfeed/sample/hf-papers-page.txt";
    private static final Logger LOG = LoggerFactory.getLogger(SampleDigest.class);

    private SampleDigest() {
    }

    /** Imports the sample when the library is empty; blocks, so call it in the background. */
    static boolean importIfEmpty(AppServices app) throws PaperFeedException {
        if (app.search().size() > 0) {
            return false;
        }
        Optional<byte[]> bytes = read();
        if (bytes.isEmpty()) {
            LOG.warn("The sample digest {} is not on the class path; starting with an empty library", RESOURCE);
            return false;
        }
        LOG.info("{}", app.imports().importBytes(bytes.get(), "bundled sample", "hf-papers", "text/plain").summary());
        return true;
    }

    private static Optional<byte[]> read() {
        try (InputStream in = SampleDigest.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            LOG.warn("The sample digest could not be read: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
