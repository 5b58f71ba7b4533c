package org.stocktake.samples;

import java.util.SortedMap;

/**
 * What {@link SampleGenerator#generate} wrote: return files in all, by intended outcome, and per period
 * (period written {@code 2012-13-Q1}), plus the number of ledger rows.
 */
public record Summary(int files, int accepted, int acceptedWithWarnings, int rejected,
        SortedMap<String, Integer> filesPerPeriod, int ledgerRows) {

    public Summary {
        filesPerPeriod = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(filesPerPeriod));
    }
}
