package org.paperfeed.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.paperfeed.app.ImportPapers;
import org.paperfeed.app.ImportReport;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.RemoveSample;
import org.paperfeed.app.SearchPapers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled Hugging Face papers page: what a new user sees at once, before any network refresh succeeds
 * (or when there is no network at all).
 */
final class SampleDigest {

    static final String RESOURCE = "/org/paperfeed/sample/hf-papers-page.txt";
    /**
     * The day the sample page was saved. It prints its date as "Mar 11" without a year, and its newest papers are from
     * early March 2025 (arXiv 2503.00948, submitted 2 March 2025), so it is the page of 11 March 2025 whatever day
     * the sample is imported on.
     */
    static final LocalDate PAGE_DAY = LocalDate.of(2025, 3, 11);
    /** What the status line says meanwhile, instead of "0 papers". */
    static final String NOTICE = "Importing the sample digest…";
    private static final Logger LOG = LoggerFactory.getLogger(SampleDigest.class);

    private SampleDigest() {
    }

    /**
     * Whether this is a first run: the library is empty, and the user never removed the sample (an empty library
     * after "Remove sample" stays empty). Blocks, so call it in the background.
     */
    static boolean needed(RemoveSample sample, SearchPapers search) throws PaperFeedException {
        // The count first: only an empty library reads sample.json.
        return search.size() == 0 && !sample.removed();
    }

    /**
     * Imports the sample; blocks, so call it in the background.
     *
     * @return the year assumed for the page's yearless date ("Mar 11"), if one was
     */
    static Optional<Integer> importNow(ImportPapers imports) throws PaperFeedException {
        Optional<byte[]> bytes = read();
        if (bytes.isEmpty()) {
            LOG.warn("The sample digest {} is not on the class path; starting with an empty library", RESOURCE);
            return Optional.empty();
        }
        long start = System.nanoTime();
        ImportReport report = imports
                .importBytesAsOf(bytes.get(), RemoveSample.ORIGIN, RemoveSample.SOURCE, "text/plain", PAGE_DAY);
        LOG.info("Sample digest imported in {} ms: {}", (System.nanoTime() - start) / 1_000_000, report.summary());
        return Optional.ofNullable(report.assumedYear());
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
