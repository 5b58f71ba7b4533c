package org.stocktake.validation;

/**
 * Remembers family references compactly, to find duplicates among a million of them in a small heap: each
 * reference is kept as a 64-bit hash with the row it was first seen on (16 bytes, against about 100 for a
 * {@code HashSet<String>}). Two different references share a hash with a probability of about 1 in 10^7
 * for a million references, an acceptable price for a check that then asks a person to look at two rows.
 *
 * <p>A slot is empty while its hash is 0 (no reference hashes to 0, see {@link #hash}), so a probe reads only the
 * hashes: a table of a million references is far larger than the processor's caches, and each array read in a
 * probe is a wait for memory.
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
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            long there = hashes[i];
            if (there == 0) {
                hashes[i] = hash;
                rows[i] = row;
                size++;
                return 0;
            }
            if (there == hash) {
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
            long hash = oldHashes[j];
            if (hash != 0) {
                int i = slot(hash, mask);
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = hash;
                rows[i] = oldRows[j];
            }
        }
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    /**
     * FNV-1a over the characters (read in place: no copy of the text is made), then a 64-bit finaliser to spread
     * the bits; never 0, which marks an empty slot.
     */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = text.length(); i < n; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
