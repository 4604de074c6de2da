package org.paperfeed.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.paperfeed.model.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw bytes of every digest the library was built from, so a damaged index can be rebuilt without the network.
 * Identical digests are kept once; the archive is bounded in size and age, oldest dropped first.
 */
public final class DigestArchive {

    private static final Logger LOG = LoggerFactory.getLogger(DigestArchive.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String BODY = ".digest";
    private static final String META = ".json";

    /** What is known about a kept digest besides its bytes. */
    public record KeptDigest(Path body, String origin, String source, String format, String contentType,
                             Instant keptAt) {
    }

    private record Meta(String origin, String source, String format, String contentType, long keptAt) {
    }

    private final Path folder;
    private final Clock clock;
    private final long maxBytes;
    private final Duration maxAge;

    public DigestArchive(Path folder, Clock clock, long maxBytes, Duration maxAge) {
        this.folder = folder;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
    }

    /** Keeps a digest durably before its papers are added, so the index never holds papers the archive lacks. */
    public synchronized void keep(byte[] content, String origin, String source, String format, String contentType)
            throws IOException {
        Files.createDirectories(folder);
        String hash = Sha256.hex(content, 8);
        try (Stream<Path> existing = Files.list(folder)) {
            if (existing.anyMatch(p -> p.getFileName().toString().endsWith("-" + hash + BODY))) {
                return;
            }
        }
        Instant now = clock.instant();
        String name = STAMP.format(now) + "-" + hash;
        DurableFiles.write(folder.resolve(name + BODY), content);
        DurableFiles.write(folder.resolve(name + META), JSON.writeValueAsString(
                new Meta(origin, source, format, contentType, now.toEpochMilli())).getBytes(StandardCharsets.UTF_8));
        prune();
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
                    Meta m = JSON.readValue(Files.readString(meta), Meta.class);
                    kept.add(new KeptDigest(body, m.origin(), m.source(), m.format(), m.contentType(),
                            Instant.ofEpochMilli(m.keptAt())));
                } catch (RuntimeException e) {
                    LOG.warn("{}: unreadable archive entry skipped: {}", meta, e.getMessage());
                }
            }
        }
        return kept;
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
