package org.stocktake.reference;

import org.stocktake.standard.Period;

/** One row of the register: an area is expected to return for every period from first to last (or for ever). */
public record RegisterEntry(String areaCode, String areaName, String strand, Period firstPeriod, Period lastPeriod) {

    public boolean covers(Period period) {
        return !period.isBefore(firstPeriod) && (lastPeriod == null || !period.isAfter(lastPeriod));
    }
}
