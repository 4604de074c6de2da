package org.paperfeed.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The 60 real days of the Hugging Face Daily Papers API kept in
 * {@code src/test/resources/org/paperfeed/ingest/hf-daily} (see the {@code SOURCE.md} there): for any test that needs real daily JSON, served by a loopback server as the API
 * would ({@code ?date=}) or parsed directly.
 *
 * <p>{@link #bytes(LocalDate)} gives each day's JSON exactly as archived, decompressed.
 */
public final class RealHfDays {

    /** The class-path folder of the days, one {@code YYYY-MM-DD.json.gz} each. */
    public static final String FOLDER = "/org/paperfeed/ingest/hf-daily/";
    private static final String SUFFIX = ".json.gz";

    private RealHfDays() {
    }

    /** Every day kept, oldest first (60 of them, weekdays only). */
    public static List<LocalDate> days() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> LocalDate.parse(name.substring(0, name.length() - SUFFIX.length())))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day's JSON array, byte for byte as the API returned it (pretty-printed by the archiver). */
    public static byte[] bytes(LocalDate day) {
        String resource = FOLDER + day + SUFFIX;
        try (InputStream gz = RealHfDays.class.getResourceAsStream(resource)) {
            if (gz == null) {
                throw new IllegalArgumentException("no real Hugging Face day " + day + " in " + FOLDER);
            }
            try (InputStream json = new GZIPInputStream(gz)) {
                return json.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        URL url = RealHfDays.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
