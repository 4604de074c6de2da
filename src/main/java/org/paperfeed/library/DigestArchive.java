package org.paperfeed.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperfeed.model.Sha256;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw bytes of every digest the library was built from, so a damaged index can be rebuilt without the network.
 * Identical digests are kept once; the archive is bounded in size and age, oldest dropped first.
 */
public final class DigestArchive {

    private static final Logger LOG = LoggerFactory.getLogger(DigestArchive.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String BODY = ".digest";
    private static final String META = ".json";

    /**
     * What is known about a kept digest besides its bytes.
     *
     * @param referenceDay the day its dates were read against (a file's modification day, the day fetched, the
     *                     bundled sample's own date), so a rebuild gives a page's "Mar 11" the same year; null when
     *                     the digest was kept before this was recorded (then the day it was kept is the best guess)
     * @param listingDay   the day the caller said the digest lists (a Hugging Face {@code ?date=}); null when the
     *                     digest names its own days
     */
    public record KeptDigest(Path body, String origin, String source, String format, String contentType,
                             Instant keptAt, LocalDate referenceDay, LocalDate listingDay) {
    }

    /** The metadata file; the two days are ISO dates, absent in files kept before they were recorded. */
    private record Meta(String origin, String source, String format, String contentType, long keptAt,
                        String referenceDay, String listingDay) {
    }

    private final Path folder;
    private final Clock clock;
    private final long maxBytes;
    private final Duration maxAge;

    /**
     * Not a constant: making an archive (the window's start does, before its library is open) must not set up
     * Jackson on that thread; the library's open does that beside reading its index.
     */
    private static JsonMapper json() {
        return Json.FILES;
    }

    public DigestArchive(Path folder, Clock clock, long maxBytes, Duration maxAge) {
        this.folder = folder;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
    }

    /** Keeps a digest durably before its papers are added, so the index never holds papers the archive lacks. */
    public Optional<Path> keep(byte[] content, String origin, String source, String format, String contentType)
            throws IOException {
        return keep(content, origin, source, format, contentType, null, null);
    }

    /**
     * Keeps a digest with the days it was read against ({@link KeptDigest#referenceDay()}, {@link
     * KeptDigest#listingDay()}; either may be null), so a rebuild reads it exactly as it was read now. Identical bytes
     * are kept once, with the days of their first keeping. If keeping fails (a full disk), nothing of it is left.
     *
     * @return the digest's file when this call kept it, for {@link #forget} should its import fail; empty when the same
     *         bytes were kept before
     */
    public synchronized Optional<Path> keep(byte[] content, String origin, String source, String format,
                                            String contentType, LocalDate referenceDay, LocalDate listingDay)
            throws IOException {
        Files.createDirectories(folder);
        String hash = Sha256.hex(content, 8);
        try (Stream<Path> existing = Files.list(folder)) {
            if (existing.anyMatch(p -> p.getFileName().toString().endsWith("-" + hash + BODY))) {
                return Optional.empty();
            }
        }
        Instant now = clock.instant();
        String name = STAMP.format(now) + "-" + hash;
        Path body = folder.resolve(name + BODY);
        try {
            DurableFiles.write(body, content);
            DurableFiles.write(folder.resolve(name + META), json().writeValueAsString(
                    new Meta(origin, source, format, contentType, now.toEpochMilli(), isoOrNull(referenceDay),
                            isoOrNull(listingDay))).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            forgetQuietly(body, e);
            throw e;
        }
        prune();
        return Optional.of(body);
    }

    /**
     * Drops a digest {@link #keep} kept for an import that then failed: a rebuild must never bring back papers the
     * library refused. Its metadata goes first, so a crash in between leaves a body no rebuild reads.
     */
    public synchronized void forget(Path body) throws IOException {
        Files.deleteIfExists(Path.of(body.toString().replace(BODY, META)));
        Files.deleteIfExists(body);
        DurableFiles.syncDirectory(folder);
    }

    private void forgetQuietly(Path body, Exception failure) {
        try {
            forget(body);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Every kept digest, oldest first: the order to replay them in. */
    public synchronized List<KeptDigest> all() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<KeptDigest> kept = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path meta : files.filter(p -> p.toString().endsWith(META)).sorted().toList()) {
                Path body = Path.of(meta.toString().replace(META, BODY));
                if (!Files.exists(body)) {
                    continue;
                }
                try {
                    Meta m = json().readValue(Files.readString(meta), Meta.class);
                    kept.add(new KeptDigest(body, m.origin(), m.source(), m.format(), m.contentType(),
                            Instant.ofEpochMilli(m.keptAt()), dayOrNull(m.referenceDay()), dayOrNull(m.listingDay())));
                } catch (IOException | RuntimeException e) {
                    // Not UTF-8 (an IOException) as much as not JSON: one entry's damage must not cost the others
                    // (a rebuild that stopped here left an empty index, and no rebuild was tried again). Info: the
                    // rebuild says how many could not be read back ({@link #entries}).
                    LOG.info("{}: unreadable archive entry skipped: {}", meta, e.getMessage());
                }
            }
        }
        return kept;
    }

    /** How many digests are kept, whether or not {@link #all} can read each back. */
    public synchronized int entries() throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(p -> p.toString().endsWith(META))
                    .filter(meta -> Files.exists(Path.of(meta.toString().replace(META, BODY)))).count();
        }
    }

    private static String isoOrNull(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** A day that cannot be read is as good as unrecorded: the digest is still worth rebuilding from. */
    private static LocalDate dayOrNull(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void prune() throws IOException {
        List<KeptDigest> kept = all();
        long total = 0;
        for (KeptDigest digest : kept) {
            total += Files.size(digest.body());
        }
        Instant oldest = clock.instant().minus(maxAge);
        for (KeptDigest digest : kept.stream().sorted(Comparator.comparing(KeptDigest::keptAt)).toList()) {
            if (total <= maxBytes && !digest.keptAt().isBefore(oldest)) {
                break;
            }
            total -= Files.size(digest.body());
            Files.deleteIfExists(Path.of(digest.body().toString().replace(BODY, META)));
            Files.deleteIfExists(digest.body());
        }
    }
}
