package org.paperfeed.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which {@link DigestFormat} some bytes are, from the first few kilobytes and the Content-Type if any; a JSON
 * array's first element is read to its end, however long, to know a PaperFeed backup by its keys.
 *
 * <p>The content decides: servers label feeds {@code text/xml}, {@code text/html} or {@code application/octet-stream}
 * as often as correctly. The Content-Type only speaks up when the content is text that is not what the server
 * announced (an HTML error page served for a JSON URL), because then the text page parser would otherwise report
 * "no papers found" for what is really a server problem. Input that cannot be a digest at all (empty, blank,
 * binary, an HTML page) is refused here with a reason, before any parser sees it.
 */
public final class DigestFormatDetector {

    private static final int SNIFF_BYTES = 8 * 1024;
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    private static final Pattern SNAPSHOT_KEY_ID = Pattern.compile("[{,]\\s*\"id\"\\s*:");
    private static final Pattern SNAPSHOT_KEY_ABSTRACT = Pattern.compile("[{,]\\s*\"abstract\"\\s*:");
    private static final Pattern SNAPSHOT_KEY_VERSIONS = Pattern.compile("[{,]\\s*\"versions\"\\s*:");

    /** The format of {@code content}, or an exception saying why it is not a digest at all. */
    public DigestFormat detect(byte[] content, String contentType, String origin) throws DigestParseException {
        if (content.length == 0) {
            throw new DigestParseException(origin, "the file is empty");
        }
        if (isGzip(content)) {
            byte[] inflated = inflatedHead(content);
            if (inflated.length == 0 || detect(inflated, null, origin) != DigestFormat.ARXIV_SNAPSHOT) {
                throw new DigestParseException(origin, "gzip-compressed, and not the arXiv metadata snapshot"
                        + " (the only format PaperFeed reads compressed; decompress the file first)");
            }
            return DigestFormat.ARXIV_SNAPSHOT;
        }
        int length = Math.min(content.length, SNIFF_BYTES);
        String head = sniffText(content, length);
        String start = head.strip();
        if (start.isEmpty()) {
            throw new DigestParseException(origin, "contains only blank lines, no papers");
        }
        if (looksBinary(content, length, head)) {
            throw new DigestParseException(origin, "not a paper digest: looks like binary data, not text");
        }
        if (start.startsWith("{") && isSnapshotLine(start)) {
            return DigestFormat.ARXIV_SNAPSHOT;
        }
        if ((start.startsWith("[") || start.startsWith("{"))
                && PaperFeedJsonParser.looksLikeExport(TextDecoder.reader(content))) {
            return DigestFormat.PAPERFEED_JSON;
        }
        if (start.startsWith("[") || start.startsWith("{")) {
            return DigestFormat.HF_DAILY_JSON;
        }
        if (start.startsWith("<")) {
            return xmlFormat(start, origin);
        }
        refuseMislabelledText(start, mediaType(contentType), origin);
        return DigestFormat.TEXT_PAGE;
    }

    /** The two bytes every gzip stream starts with. */
    public static boolean isGzip(byte[] content) {
        return content.length >= 2 && content[0] == (byte) 0x1f && content[1] == (byte) 0x8b;
    }

    /**
     * The snapshot's first line is one whole object carrying arXiv's own keys; an HF daily-papers object has
     * {@code summary}, never {@code abstract}. A first line longer than the sniffed head is judged on what is there.
     */
    private static boolean isSnapshotLine(String start) {
        int newline = start.indexOf('\n');
        String first = newline < 0 ? start : start.substring(0, newline);
        return SNAPSHOT_KEY_ID.matcher(first).find() && SNAPSHOT_KEY_ABSTRACT.matcher(first).find()
                && (SNAPSHOT_KEY_VERSIONS.matcher(first).find() || newline < 0 && first.length() >= SNIFF_BYTES - 16);
    }

    /** Up to {@value #SNIFF_BYTES} bytes of a gzip stream's content; whatever came out if the head is cut short. */
    private static byte[] inflatedHead(byte[] gzip) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzip, 0, Math.min(gzip.length, 1024 * 1024)))) {
            byte[] chunk = new byte[SNIFF_BYTES];
            int n;
            while (out.size() < SNIFF_BYTES && (n = in.read(chunk, 0, SNIFF_BYTES - out.size())) > 0) {
                out.write(chunk, 0, n);
            }
        } catch (java.io.IOException e) {
            // a truncated or damaged stream: judge what was inflated before it broke
        }
        return out.toByteArray();
    }

    private static DigestFormat xmlFormat(String head, String origin) throws DigestParseException {
        String root = rootElement(head);
        String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        switch (local) {
            case "rss":
            case "rdf":
                return DigestFormat.RSS;
            case "feed":
                return head.contains("arxiv.org/schemas/atom") || head.contains("arxiv.org/api")
                        ? DigestFormat.ARXIV_ATOM : DigestFormat.ATOM;
            case "html":
                throw htmlPage(origin);
            default:
                throw new DigestParseException(origin,
                        "not a paper digest: XML root <" + root + "> is neither RSS nor Atom");
        }
    }

    /** The name of the first element, past the XML declaration, comments, processing instructions and a DOCTYPE. */
    private static String rootElement(String head) {
        int at = 0;
        while (at < head.length()) {
            int open = head.indexOf('<', at);
            if (open < 0) {
                break;
            }
            if (head.startsWith("<?", open)) {
                at = skipPast(head, open, "?>");
            } else if (head.startsWith("<!--", open)) {
                at = skipPast(head, open, "-->");
            } else if (head.regionMatches(true, open, "<!DOCTYPE", 0, 9)) {
                String doctype = head.substring(open + 9, Math.min(head.length(), open + 40)).strip();
                if (doctype.toLowerCase(Locale.ROOT).startsWith("html")) {
                    return "html";
                }
                int subset = head.indexOf('[', open);
                int close = head.indexOf('>', open);
                at = subset >= 0 && subset < close ? skipPast(head, subset, "]>") : close + 1;
            } else {
                Matcher m = ROOT.matcher(head).region(open, head.length());
                return m.lookingAt() ? m.group(1) : "?";
            }
            if (at <= 0) {
                break;
            }
        }
        return "?";
    }

    private static int skipPast(String head, int from, String end) {
        int found = head.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    private static void refuseMislabelledText(String start, String mediaType, String origin)
            throws DigestParseException {
        String lower = start.substring(0, Math.min(start.length(), 200)).toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/html") || lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            throw htmlPage(origin);
        }
        if (mediaType.endsWith("json") || mediaType.endsWith("xml")) {
            throw new DigestParseException(origin,
                    "the server said " + mediaType + " but sent something else (does it start with an error message?)");
        }
    }

    private static DigestParseException htmlPage(String origin) {
        return new DigestParseException(origin, "not a paper digest: this is an HTML web page"
                + " (copy the page as text, or use the site's RSS/Atom feed)");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String sniffText(byte[] content, int length) {
        byte[] prefix = Arrays.copyOf(content, length);
        return TextDecoder.hasBom(prefix) ? TextDecoder.decode(prefix)
                : new String(prefix, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * NUL bytes or many control characters mean binary. Text that is not UTF-8 is still text (a Latin-1 page, a feed
     * whose XML declaration names its encoding) unless most of it is high bytes, as in compressed or image data.
     */
    private static boolean looksBinary(byte[] content, int length, String head) {
        long controls = head.chars()
                .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        if (head.indexOf('\0') >= 0 || controls * 100 > head.length()) {
            return true;
        }
        if (TextDecoder.hasBom(content) || TextDecoder.isUtf8(content, length)) {
            return false;
        }
        long highBytes = 0;
        for (int i = 0; i < length; i++) {
            highBytes += content[i] < 0 ? 1 : 0;
        }
        return highBytes * 100 > length * 30L;
    }
}
