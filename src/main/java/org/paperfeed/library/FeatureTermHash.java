package org.paperfeed.library;

/**
 * A feature term's 64-bit hash (never 0): its {@code String} hash in the high half beside an FNV-1a hash of its UTF-16
 * characters in the low half. For you keys its tables by it (a term costs 8 bytes, not a string); the
 * {@link DocFreqTable} files beside the index are keyed by it too, so it must never change without a new file
 * version. Two terms with the same hash would share an entry: among a few million terms the chance is about 10⁻⁷.
 */
public final class FeatureTermHash {

    private FeatureTermHash() {
    }

    /** The hash of the term. */
    public static long of(String term) {
        int fnv = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            fnv = (fnv ^ term.charAt(i)) * 0x01000193;
        }
        long hash = ((long) term.hashCode() << 32) ^ (fnv & 0xffffffffL);
        return hash == 0 ? 1 : hash;
    }

    /**
     * {@link #of(String)} of the term whose UTF-8 bytes these are, straight from the bytes as the index holds them
     * (no {@code String} built): the bytes decoded to UTF-16 characters on the way.
     */
    public static long of(byte[] bytes, int offset, int length) {
        int polynomial = 0;
        int fnv = 0x811c9dc5;
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int b = bytes[i] & 0xff;
            int codePoint;
            if (b < 0x80) {
                codePoint = b;
                i++;
            } else if (b < 0xe0) {
                codePoint = (b & 0x1f) << 6 | bytes[i + 1] & 0x3f;
                i += 2;
            } else if (b < 0xf0) {
                codePoint = (b & 0x0f) << 12 | (bytes[i + 1] & 0x3f) << 6 | bytes[i + 2] & 0x3f;
                i += 3;
            } else {
                codePoint = (b & 0x07) << 18 | (bytes[i + 1] & 0x3f) << 12 | (bytes[i + 2] & 0x3f) << 6
                        | bytes[i + 3] & 0x3f;
                i += 4;
            }
            if (codePoint < 0x10000) {
                polynomial = 31 * polynomial + codePoint;
                fnv = (fnv ^ codePoint) * 0x01000193;
            } else {
                char high = Character.highSurrogate(codePoint);
                char low = Character.lowSurrogate(codePoint);
                polynomial = 31 * (31 * polynomial + high) + low;
                fnv = (((fnv ^ high) * 0x01000193) ^ low) * 0x01000193;
            }
        }
        long hash = ((long) polynomial << 32) ^ (fnv & 0xffffffffL);
        return hash == 0 ? 1 : hash;
    }

    /** The hash's bits mixed (murmur3's finaliser): its high bits spread evenly even for short terms. */
    static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
