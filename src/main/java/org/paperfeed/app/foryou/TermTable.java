package org.paperfeed.app.foryou;

import java.util.Arrays;
import org.paperfeed.library.FeatureTermHash;

/**
 * A number per feature term, keyed by a 64-bit hash of the term in open addressing: 16 bytes a term where a
 * {@code HashMap<String, Double>} takes over 100. For you keeps hundreds of thousands of terms (document frequencies,
 * a model's weights) and must stay within tens of megabytes at a million papers. Two terms with the same 64-bit hash
 * would share a slot; among a few million terms the chance is about 10⁻⁷. Not thread-safe.
 */
final class TermTable {

    private static final long EMPTY = 0;
    private static final double MAX_FILL = 0.6;
    /** A table filled once to a known size ({@link #dense}): fuller, at a few more probes a look-up. */
    private static final double DENSE_FILL = 0.8;

    private final double maxFill;
    private long[] keys;
    private double[] values;
    private int size;

    /** A table that grows as terms are put, doubling its slots (a power of two) past 60% full. */
    TermTable(int expected) {
        this(Integer.highestOneBit(Math.max(16, (int) (expected / MAX_FILL)) - 1) << 1, MAX_FILL);
    }

    private TermTable(int capacity, double maxFill) {
        this.maxFill = maxFill;
        keys = new long[capacity];
        values = new double[capacity];
    }

    /**
     * A table for exactly {@code size} terms, 80% full once they are put: a model's weights, which are put once and
     * then only read, are a million terms after a 2,000-star training at a million papers, and a power of two at 60%
     * would take twice the memory they need (32 against 20 MB).
     */
    static TermTable dense(int size) {
        return new TermTable(Math.max(16, (int) Math.ceil(size / DENSE_FILL) + 1), DENSE_FILL);
    }

    /** The term's 64-bit hash (never 0): {@link FeatureTermHash#of(String)}. */
    static long hash(String term) {
        return FeatureTermHash.of(term);
    }

    /**
     * {@link #hash(String)} of the term whose UTF-8 bytes these are, straight from the bytes as the index holds them
     * (no {@code String} built).
     */
    static long hash(byte[] bytes, int offset, int length) {
        return FeatureTermHash.of(bytes, offset, length);
    }

    int size() {
        return size;
    }

    boolean contains(long key) {
        return keys[slot(key)] == key;
    }

    /** The term's value, or {@code missing} when it has none. */
    double get(long key, double missing) {
        int slot = slot(key);
        return keys[slot] == key ? values[slot] : missing;
    }

    void put(long key, double value) {
        int slot = slot(key);
        if (keys[slot] != key) {
            if (size + 1 > keys.length * maxFill) {
                grow();
                slot = slot(key);
            }
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
    }

    /** A term's hash and its value, as {@link #forEach} hands them over. */
    @FunctionalInterface
    interface Entry {
        void accept(long key, double value) throws java.io.IOException;
    }

    /** Hands over every term and its value, in the table's own order. */
    void forEach(Entry each) throws java.io.IOException {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                each.accept(keys[i], values[i]);
            }
        }
    }

    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    /** Approximate bytes held. */
    long bytes() {
        return 16L * keys.length;
    }

    private int slot(long key) {
        int capacity = keys.length;
        // The mixed hash's high 32 bits scaled to the capacity: any capacity, not only a power of two.
        int slot = (int) (((mix(key) >>> 32) * capacity) >>> 32);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return key;
    }
}
