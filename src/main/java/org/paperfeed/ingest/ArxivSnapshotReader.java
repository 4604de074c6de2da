package org.paperfeed.ingest;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.paperfeed.model.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the papers of an arXiv metadata snapshot file, plain or gzip-compressed, one line at a time: memory holds
 * one line, never the file.
 *
 * <p>A snapshot is gigabytes of lines written by someone else's exporter, so a line that is not a paper (malformed
 * JSON, no arXiv id, no title, longer than {@value ArxivSnapshotLine#MAX_LINE_BYTES} bytes) is counted in
 * {@link #unusableLines()} and skipped rather than failing the whole file; the caller reports the count. Reading can
 * start at an {@link #offset()} reached before, which is how an interrupted import resumes.
 */
public final class ArxivSnapshotReader implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArxivSnapshotReader.class);

    private final ParseContext context;
    private final CountingStream fileBytes;
    private final InputStream text;
    private final long fileSize;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[64 * 1024];
    private long offset;
    private long lineNumber;
    private int unusable;
    private long linesParsed;

    private ArxivSnapshotReader(ParseContext context, CountingStream fileBytes, InputStream text, long fileSize,
                                long offset) {
        this.context = context;
        this.fileBytes = fileBytes;
        this.text = text;
        this.fileSize = fileSize;
        this.offset = offset;
    }

    /**
     * Opens {@code file} and skips to {@code offset}, a value {@link #offset()} returned for the same file (0 for its
     * start). A plain file is positioned there directly; a compressed one is decompressed up to it.
     */
    public static ArxivSnapshotReader open(Path file, long offset, ParseContext context) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            byte[] magic = new byte[2];
            int read = channel.read(java.nio.ByteBuffer.wrap(magic), 0);
            boolean gzip = read == 2 && DigestFormatDetector.isGzip(magic);
            if (!gzip) {
                channel.position(Math.min(offset, size));
            }
            CountingStream counted = new CountingStream(Channels.newInputStream(channel), gzip ? 0 : offset);
            InputStream text = gzip ? new GZIPInputStream(counted, 64 * 1024) : counted;
            if (gzip) {
                text.skipNBytes(offset);
            }
            return new ArxivSnapshotReader(context, counted, text, size, offset);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Reads a snapshot's text as a stream (not compressed; nothing to resume from): for a source that is generated or
     * piped rather than a file. {@link #fileSize()} is unknown (0).
     */
    public static ArxivSnapshotReader over(InputStream text, ParseContext context) {
        CountingStream counted = new CountingStream(text, 0);
        return new ArxivSnapshotReader(context, counted, counted, 0, 0);
    }

    /** Reads a snapshot already in memory, plain or compressed. */
    static ArxivSnapshotReader over(byte[] content, ParseContext context) throws IOException {
        CountingStream counted = new CountingStream(new java.io.ByteArrayInputStream(content), 0);
        InputStream text = DigestFormatDetector.isGzip(content) ? new GZIPInputStream(counted, 64 * 1024) : counted;
        return new ArxivSnapshotReader(context, counted, text, content.length, 0);
    }

    /** The source its papers are recorded under ({@link ParseContext#sourceName()}). */
    public String sourceName() {
        return context.sourceName();
    }

    /** The next paper, or empty at the end of the file. */
    public Optional<Paper> next() throws IOException {
        while (true) {
            int length = readLine();
            if (length < 0) {
                return Optional.empty();
            }
            if (length > ArxivSnapshotLine.MAX_LINE_BYTES) {
                unusable("longer than " + ArxivSnapshotLine.MAX_LINE_BYTES + " bytes");
                continue;
            }
            if (isBlank(length)) {
                continue; // a gigabyte of blank lines costs a scan, not a JSON parser per line
            }
            linesParsed++;
            try {
                Optional<Paper> paper = ArxivSnapshotLine.read(line, length, context);
                if (paper.isPresent()) {
                    return paper;
                }
            } catch (ArxivSnapshotLine.Unusable e) {
                unusable(e.getMessage());
            }
        }
    }

    /**
     * Reads one line into {@link #line}, without its end; its length, or -1 at the end of the file. A line past the
     * limit is consumed but not kept: its returned length is only known to exceed the limit.
     */
    private int readLine() throws IOException {
        int length = 0;
        long consumed = 0;
        while (true) {
            if (pos == limit && !fill()) {
                break;
            }
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - pos;
            keep(length, chunk);
            length += chunk;
            consumed += chunk;
            pos = end;
            if (end < limit) {
                pos++;
                consumed++;
                break;
            }
        }
        if (consumed == 0) {
            return -1;
        }
        offset += consumed;
        lineNumber++;
        if (length > 0 && length <= line.length && line[length - 1] == '\r') {
            length--;
        }
        return length;
    }

    /** Copies {@code chunk} bytes at {@link #pos} to the line at {@code at}, as far as the limit allows. */
    private void keep(int at, int chunk) {
        if (at > ArxivSnapshotLine.MAX_LINE_BYTES) {
            return;
        }
        int wanted = (int) Math.min((long) at + chunk, ArxivSnapshotLine.MAX_LINE_BYTES + 1L);
        if (wanted > line.length) {
            line = Arrays.copyOf(line, Math.max(wanted, Math.min(line.length * 2, ArxivSnapshotLine.MAX_LINE_BYTES + 1)));
        }
        System.arraycopy(buffer, pos, line, at, wanted - at);
    }

    private boolean fill() throws IOException {
        int n = text.read(buffer, 0, buffer.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /**
     * Counts a line that is not a paper; the import's summary reports the count ("3 lines skipped"). Only the first is
     * logged, below the level the product shows: a damaged snapshot has thousands, and the CLI's stderr is for the one
     * failure line.
     */
    private void unusable(String reason) {
        unusable++;
        if (unusable == 1) {
            LOG.info("{}: line {} is not a paper ({}); skipped, as are any more such lines (counted, not logged)",
                    context.origin(), lineNumber, reason);
        }
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            if ((line[i] & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** Lines handed to the JSON parser so far: blank lines never are, so the work is linear in the text. */
    long linesParsed() {
        return linesParsed;
    }

    /** Where the next line starts, in the file's (decompressed) text: pass it to {@link #open} to resume there. */
    public long offset() {
        return offset;
    }

    /** Bytes of the file itself read so far (compressed bytes for a compressed file), for progress against {@link #fileSize()}. */
    public long fileBytesRead() {
        return fileBytes.count;
    }

    public long fileSize() {
        return fileSize;
    }

    /** Lines since {@link #open} that were not papers. */
    public int unusableLines() {
        return unusable;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    /** Counts what was read from the file, so progress works the same for compressed and plain files. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in, long start) {
            super(in);
            this.count = start;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
