package org.paperfeed.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the ingest layer: bytes from a file or a download in, a {@link Digest} out, or a
 * {@link DigestParseException} whose message names the origin and can be shown to the user as it is.
 *
 * <p>It owns what every format shares: detecting the format, honouring a charset the server named for formats that
 * carry none of their own, containing any parser failure, and merging a paper listed twice (arXiv returns one entry per
 * requested version) so that a digest never holds two papers with the same id, and ranks the listings of what is
 * left 1..n in the digest's order.
 */
public final class DigestReader {

    private static final Logger LOG = LoggerFactory.getLogger(DigestReader.class);

    private final DigestFormatDetector detector;
    private final Map<DigestFormat, DigestParser> parsers = new EnumMap<>(DigestFormat.class);

    public DigestReader(DigestFormatDetector detector, List<DigestParser> parsers) {
        this.detector = Objects.requireNonNull(detector, "detector");
        parsers.forEach(p -> this.parsers.put(p.format(), p));
    }

    /** A reader for every {@link DigestFormat}. */
    public static DigestReader standard() {
        return new DigestReader(new DigestFormatDetector(), List.of(new TextPageParser(), new HfDailyJsonParser(),
                new ArxivAtomParser(), new RssParser(), new AtomParser(), new ArxivSnapshotParser(),
                new PaperFeedJsonParser()));
    }

    /** The format of a digest from its first kilobytes (64 KB are plenty, compressed or not). */
    public DigestFormat detect(byte[] head, String contentType, String origin) throws DigestParseException {
        return detector.detect(head, contentType, origin);
    }

    /** Detects the format from the content (and {@code contentType}, which may be null), then reads it. */
    public Digest read(byte[] content, String contentType, ParseContext context) throws DigestParseException {
        DigestFormat format = detector.detect(content, contentType, context.origin());
        LOG.debug("{}: reading as {}", context.origin(), format);
        return read(transcode(content, format, contentType), format, context);
    }

    /** Reads {@code content} as {@code format}, whatever it looks like. */
    public Digest read(byte[] content, DigestFormat format, ParseContext context) throws DigestParseException {
        DigestParser parser = parsers.get(format);
        if (parser == null) {
            throw new DigestParseException(context.origin(), "PaperFeed has no reader for " + format);
        }
        try {
            Digest parsed = parser.parseDigest(new ByteArrayInputStream(content), context);
            // Before the library sees them: printable text, and no value too long for the index (PaperLimits).
            PaperLimits limits = new PaperLimits(context.sourceName());
            List<Paper> checked = limits.checkAll(parsed.papers());
            if (checked.isEmpty() && !parsed.papers().isEmpty()) {
                throw new DigestParseException(context.origin(), "none of its " + parsed.papers().size()
                        + " entries is a paper (titles over " + PaperLimits.MAX_TITLE_CHARS + " characters)");
            }
            // A PaperFeed export's listings are the library's own, never this file's ranks: kept as they were.
            List<Paper> papers = format == DigestFormat.PAPERFEED_JSON ? withoutDuplicates(checked)
                    : Listings.renumbered(withoutDuplicates(checked), context.sourceName());
            // Skipped by the parser (an entry without a title, a bad snapshot line) or here (a title too long): both
            // counted.
            return new Digest(format, papers,
                    parsed.assumedYear(), parsed.skipped() + limits.skipped(), limits.trimmed(), parsed.marks());
        } catch (RuntimeException e) {
            throw new DigestParseException(context.origin(), "could not be read as "
                    + GuardedParser.describe(format) + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Text pages and JSON have no encoding declaration, so a charset the server named is applied here and the parser
     * gets UTF-8. XML is left alone: its own declaration is more reliable than the server's header.
     */
    private static byte[] transcode(byte[] content, DigestFormat format, String contentType) {
        boolean declaresOwnEncoding = format == DigestFormat.RSS || format == DigestFormat.ATOM
                || format == DigestFormat.ARXIV_ATOM || format == DigestFormat.ARXIV_SNAPSHOT;
        Charset charset = charsetOf(contentType);
        if (declaresOwnEncoding || charset == null || charset.equals(StandardCharsets.UTF_8)
                || TextDecoder.hasBom(content)) {
            return content;
        }
        return new String(content, charset).getBytes(StandardCharsets.UTF_8);
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Charset.forName(pair[1].strip().replace("\"", ""));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    LOG.debug("ignoring unknown charset in Content-Type {}", contentType);
                    return null;
                }
            }
        }
        return null;
    }

    private static List<Paper> withoutDuplicates(List<Paper> papers) {
        Map<PaperId, Paper> byId = new LinkedHashMap<>();
        papers.forEach(p -> byId.merge(p.id(), p, Paper::mergedWith));
        return new ArrayList<>(byId.values());
    }
}
