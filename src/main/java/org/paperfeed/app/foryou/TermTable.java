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

    private long[] keys;
    private double[] values;
    private int size;

    TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_FILL)) - 1) << 1;
        keys = new long[capacity];
        values = new double[capacity];
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
            if (size + 1 > keys.length * MAX_FILL) {
                grow();
                slot = slot(key);
            }
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
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
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
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
