package org.paperfeed.library;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.model.Listing;

/**
 * A paper's listings packed into one binary doc value: per listing its day, upvotes, rank and source. The trending
 * order of a span of days is computed from these at search time, since which listings count depends on the span.
 * Fixed-width integers, read in place without allocating: a month's view reads thousands of them.
 */
final class ListingCodec {

    /** Upvotes or rank a listing does not give. */
    static final int NONE = -1;

    /** A source name longer than this is cut: it only orders ties. */
    private static final int MAX_SOURCE_BYTES = 1024;

    private ListingCodec() {
    }

    static BytesRef encode(List<Listing> listings) {
        byte[][] sources = new byte[listings.size()][];
        int size = 2;
        for (int i = 0; i < listings.size(); i++) {
            byte[] source = listings.get(i).source().getBytes(StandardCharsets.UTF_8);
            sources[i] = source.length <= MAX_SOURCE_BYTES ? source : java.util.Arrays.copyOf(source, MAX_SOURCE_BYTES);
            size += 14 + sources[i].length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putShort((short) Math.min(listings.size(), Short.MAX_VALUE));
        for (int i = 0; i < listings.size() && i < Short.MAX_VALUE; i++) {
            Listing listing = listings.get(i);
            out.putInt((int) listing.day().toEpochDay());
            out.putInt(listing.upvotes() == null ? NONE : Math.max(0, listing.upvotes()));
            out.putInt(listing.rank() == null ? NONE : listing.rank());
            out.putShort((short) sources[i].length);
            out.put(sources[i]);
        }
        return new BytesRef(out.array(), 0, out.position());
    }

    /** Calls {@code visitor} with each listing of a document's value. */
    static void decode(BytesRef value, Visitor visitor) {
        byte[] b = value.bytes;
        int pos = value.offset;
        int count = readShort(b, pos);
        pos += 2;
        for (int i = 0; i < count; i++) {
            int day = readInt(b, pos);
            int upvotes = readInt(b, pos + 4);
            int rank = readInt(b, pos + 8);
            int length = readShort(b, pos + 12);
            visitor.listing(day, upvotes, rank, b, pos + 14, length);
            pos += 14 + length;
        }
    }

    private static int readInt(byte[] b, int pos) {
        return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
    }

    private static int readShort(byte[] b, int pos) {
        return (b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff);
    }

    /** Receives one listing; its source is {@code length} UTF-8 bytes of {@code bytes} from {@code offset}. */
    @FunctionalInterface
    interface Visitor {
        void listing(int day, int upvotes, int rank, byte[] bytes, int offset, int length);
    }
}
