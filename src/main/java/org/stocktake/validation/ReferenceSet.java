package org.stocktake.validation;

import java.nio.charset.StandardCharsets;

/**
 * Remembers family references compactly, to find duplicates among a million of them in a small heap: each
 * reference is kept as a 64-bit hash with the row it was first seen on (16 bytes, against about 100 for a
 * {@code HashSet<String>}). Two different references share a hash with a probability of about 1 in 10^7
 * for a million references, an acceptable price for a check that then asks a person to look at two rows.
 */
final class ReferenceSet {

    private long[] hashes = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** Adds a reference; returns the row it was first seen on when it is already there, else 0. */
    int addOrFirstRow(String reference, int row) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(reference);
        int mask = hashes.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                hashes[i] = hash;
                rows[i] = row;
                size++;
                return 0;
            }
            if (hashes[i] == hash) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldRows[j] != 0) {
                long hash = oldHashes[j];
                int i = (int) (hash ^ (hash >>> 32)) & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = hash;
                rows[i] = oldRows[j];
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser to spread the bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
