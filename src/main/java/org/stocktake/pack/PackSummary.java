package org.stocktake.pack;

import org.stocktake.period.Headline;

/** The pack's headline in words, formatted as the pack formats it, for those who quote it (the pack e-mail). */
public final class PackSummary {

    private PackSummary() {
    }

    /** {@code 2,233 of 18,990 families helped (11.8%)}. */
    public static String familiesHelped(Headline h) {
        return Fmt.count(h.familiesHelped()) + " of " + Fmt.count(h.familiesIdentified()) + " families helped ("
                + Fmt.percent(h.familiesHelped(), h.familiesIdentified()) + ")";
    }

    /** {@code 14}: counts as the pack writes them. */
    public static String count(long n) {
        return Fmt.count(n);
    }
}
