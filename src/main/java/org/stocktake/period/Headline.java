package org.stocktake.period;

import java.util.Map;

/**
 * The period at a glance: returns expected by the register and where they stand, and the family figures and
 * money of the returns that count, added up (by arrangement and by source in the §3.2 code-list order).
 */
public record Headline(int expected, int accepted, int acceptedWithWarnings, int rejected, int missing,
        long familiesIdentified, long familiesHelped, long familiesOutcomes, Map<String, MoneyTotals> byArrangement,
        Map<String, MoneyTotals> bySource, MoneyTotals total) {

    /** Areas for which a return counts: accepted, with or without warnings. */
    public int counting() {
        return accepted + acceptedWithWarnings;
    }
}
