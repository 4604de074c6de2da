package org.paperfeed.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32C;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.support.DurableFiles;

/**
 * How many papers of one index segment hold each of its feature terms, as a file memory-mapped beside the index: a
 * term looked up by its {@link FeatureTermHash} in a few reads of mapped memory instead of a walk of the segment's
 * term dictionary (about a microsecond a term, which made a cold For you training seconds long at a million papers).
 * A segment never changes, so its table is built once (in the background) and holds until the segment is merged
 * away. Off the heap: the operating system's page cache holds what is read.
 *
 * <p>Layout (little-endian): a {@value #HEADER}-byte header (magic, version, bucket bits b, term count n, the
 * segment's Lucene id, a CRC-32C of the rest); then {@code 2^b + 1} bucket starts (int); then the n terms' hashes,
 * mixed ({@link FeatureTermHash#mix}, a bijection: as exact as the hash), as longs in ascending unsigned order (so
 * bucket i, the terms whose mixed hash has i as its top b bits, is one run); then their n document frequencies
 * (int). About 12.5 bytes a segment term. A term absent from the segment (most terms of a training are absent from
 * most segments) is known so after reading its bucket up to the first larger hash: half a bucket on average. A table whose header, size or checksum does not match is never used ({@link DocFreqTables}).
 */
public final class DocFreqTable {

    static final int MAGIC = 0x50464446; // "PFDF"
    /** Bumped whenever the layout or {@link FeatureTermHash} changes: an older file is then rebuilt. */
    static final int VERSION = 1;
    static final int HEADER = 48;
    /** About this many terms a bucket: a lookup reads one bucket's hashes, one or two cache lines. */
    private static final int PER_BUCKET = 8;
    private static final int CHECK_EVERY = 1 << 16;

    private final ByteBuffer buffer;
    private final int bits;
    private final int terms;
    private final long hashesAt;
    private final long freqsAt;

    private DocFreqTable(ByteBuffer buffer, int bits, int terms) {
        this.buffer = buffer;
        this.bits = bits;
        this.terms = terms;
        this.hashesAt = hashesAt(bits);
        this.freqsAt = hashesAt + 8L * terms;
    }

    /** How many terms the table holds (the segment's distinct feature terms). */
    public int terms() {
        return terms;
    }

    /**
     * Adds to {@code freqs[i]} how many of the segment's papers hold the term whose hash is {@code hashes[i]}, for
     * every i in {@code order} ({@link #lookupOrder}: the reads then go through the table front to back).
     */
    public void addDocFreqs(long[] hashes, int[] order, int[] freqs) {
        addMixed(mixed(hashes), order, freqs);
    }

    /**
     * {@link #addDocFreqs} for hashes already mixed ({@link #mixed}): a batch looked up in many tables mixes its
     * hashes once.
     */
    public void addMixed(long[] mixedHashes, int[] order, int[] freqs) {
        int shift = 64 - bits;
        for (int i : order) {
            long mixed = mixedHashes[i];
            int bucket = (int) (mixed >>> shift);
            int from = buffer.getInt(HEADER + 4 * bucket);
            int to = buffer.getInt(HEADER + 4 * bucket + 4);
            // One bucket shares its top bits, sign included: a signed comparison orders it as the file does.
            for (int k = from; k < to; k++) {
                long stored = buffer.getLong((int) (hashesAt + 8L * k));
                if (stored >= mixed) {
                    if (stored == mixed) {
                        freqs[i] += buffer.getInt((int) (freqsAt + 4L * k));
                    }
                    break;
                }
            }
        }
    }

    /** The term's document frequency in the segment (0 when the segment lacks it). */
    public int docFreq(long hash) {
        int[] freq = new int[1];
        addDocFreqs(new long[] {hash}, new int[] {0}, freq);
        return freq[0];
    }

    /** Each hash mixed as the tables store it, for {@link #addMixed}. */
    public static long[] mixed(long[] hashes) {
        long[] mixed = new long[hashes.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = FeatureTermHash.mix(hashes[i]);
        }
        return mixed;
    }

    /**
     * The positions of {@code hashes} in the order every table stores them (by mixed hash): looking them up in this
     * order reads each table's buckets front to back.
     */
    public static int[] lookupOrder(long[] hashes) {
        int[] order = new int[hashes.length];
        if (hashes.length >= 1 << 24) {
            Arrays.setAll(order, i -> i);
            return order;
        }
        long[] keys = new long[hashes.length];
        for (int i = 0; i < keys.length; i++) {
            // the mixed hash's top 40 bits (sign flipped, so a signed sort is unsigned order), the position below
            keys[i] = ((FeatureTermHash.mix(hashes[i]) >>> 24) << 24 ^ Long.MIN_VALUE) | i;
        }
        Arrays.sort(keys);
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) (keys[k] & 0xffffff);
        }
        return order;
    }

    /**
     * Writes the table of the segment's feature terms {@code field} to {@code file} (durably: a temporary file renamed
     * over it), reading its dictionary twice (once to size the buckets, once to fill them); nothing of size
     * proportional to the dictionary is held on the heap but the bucket cursors (half a byte a term).
     *
     * @param cancelled asked now and then; true stops the build (the file is not written) with a
     *                  {@link CancellationException}
     * @return false when the segment is too large for one mapped file (over 2 GB: about 170 million terms)
     */
    static boolean build(Terms field, byte[] segmentId, Path file, BooleanSupplier cancelled) throws IOException {
        long size = field.size();
        if (size < 0 || size > (Integer.MAX_VALUE - 64) / 13) {
            return false;
        }
        int n = (int) size;
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n / PER_BUCKET) - 1));
        int buckets = 1 << bits;
        int shift = 64 - bits;
        int[] cursor = new int[buckets + 1];
        int counted = 0;
        TermsEnum iterator = field.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            cursor[(int) (FeatureTermHash.mix(FeatureTermHash.of(term.bytes, term.offset, term.length)) >>> shift)
                    + 1]++;
            checkCancelled(++counted, cancelled);
        }
        if (counted != n) {
            throw new IOException("the segment's dictionary holds " + counted + " terms, not the " + n + " it says");
        }
        for (int b = 0; b < buckets; b++) {
            cursor[b + 1] += cursor[b];
        }
        long hashesAt = hashesAt(bits);
        long total = hashesAt + 12L * n;
        DurableFiles.writeMapped(file, total, out -> {
            out.order(ByteOrder.LITTLE_ENDIAN);
            out.putInt(0, MAGIC).putInt(4, VERSION).putInt(8, bits).putInt(12, n);
            out.put(16, segmentId, 0, 16);
            for (int b = 0; b <= buckets; b++) {
                out.putInt(HEADER + 4 * b, cursor[b]);
            }
            long freqsAt = hashesAt + 8L * n;
            TermsEnum again = field.iterator();
            int read = 0;
            for (BytesRef term = again.next(); term != null; term = again.next()) {
                long mixed = FeatureTermHash.mix(FeatureTermHash.of(term.bytes, term.offset, term.length));
                int k = cursor[(int) (mixed >>> shift)]++;
                out.putLong((int) (hashesAt + 8L * k), mixed);
                out.putInt((int) (freqsAt + 4L * k), again.docFreq());
                checkCancelled(++read, cancelled);
            }
            if (read != n) {
                throw new IOException("the segment's dictionary changed while read");
            }
            for (int b = 0; b < buckets; b++) {
                sortBucket(out, b == 0 ? 0 : cursor[b - 1], cursor[b], hashesAt, freqsAt);
            }
            out.putLong(40, checksum(out, total));
        });
        return true;
    }

    /**
     * The table in {@code file}, mapped, if it is whole and belongs to the segment with this id; null otherwise
     * (missing, another version, truncated, damaged, or another segment's).
     */
    static DocFreqTable open(Path file, byte[] segmentId) throws IOException {
        ByteBuffer buffer;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER || size > Integer.MAX_VALUE) {
                return null;
            }
            buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        }
        int bits = buffer.getInt(8);
        int n = buffer.getInt(12);
        if (buffer.getInt(0) != MAGIC || buffer.getInt(4) != VERSION || bits < 1 || bits > 30 || n < 0
                || buffer.capacity() != hashesAt(bits) + 12L * n) {
            return null;
        }
        byte[] id = new byte[16];
        buffer.get(16, id, 0, 16);
        if (!Arrays.equals(id, segmentId) || buffer.getLong(40) != checksum(buffer, buffer.capacity())) {
            return null;
        }
        return new DocFreqTable(buffer, bits, n);
    }

    /** Sorts entries [from, to) by mixed hash (signed: one bucket shares its sign), carrying their frequencies. */
    private static void sortBucket(ByteBuffer out, int from, int to, long hashesAt, long freqsAt) {
        for (int k = from + 1; k < to; k++) {
            long hash = out.getLong((int) (hashesAt + 8L * k));
            int freq = out.getInt((int) (freqsAt + 4L * k));
            int j = k - 1;
            while (j >= from && out.getLong((int) (hashesAt + 8L * j)) > hash) {
                out.putLong((int) (hashesAt + 8L * (j + 1)), out.getLong((int) (hashesAt + 8L * j)));
                out.putInt((int) (freqsAt + 4L * (j + 1)), out.getInt((int) (freqsAt + 4L * j)));
                j--;
            }
            out.putLong((int) (hashesAt + 8L * (j + 1)), hash);
            out.putInt((int) (freqsAt + 4L * (j + 1)), freq);
        }
    }

    /** Where the hashes start: after the header and the bucket starts, on an 8-byte boundary. */
    private static long hashesAt(int bits) {
        long end = HEADER + 4L * ((1L << bits) + 1);
        return (end + 7) & ~7L;
    }

    /** CRC-32C of everything after the header (the checksum field included in neither). */
    private static long checksum(ByteBuffer buffer, long total) {
        CRC32C crc = new CRC32C();
        crc.update(buffer.duplicate().position(HEADER).limit((int) total));
        return crc.getValue();
    }

    private static void checkCancelled(int count, BooleanSupplier cancelled) {
        if (count % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("document-frequency table build cancelled");
        }
    }
}
