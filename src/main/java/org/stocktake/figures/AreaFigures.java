package org.stocktake.figures;

import java.math.BigDecimal;

import org.stocktake.standard.Period;

/**
 * One row of {@code figures-<period>.csv} (standard §9): an area the register expects for the period, the status
 * of its return and, when a return counts, its figures. Counts and money are null when no return counts.
 */
public record AreaFigures(
        String areaCode,
        String areaName,
        Period period,
        String status,
        Long familiesIdentified,
        Long familiesStarted,
        Long familiesHelped,
        Long familiesOutcomes,
        BigDecimal pooledCommitted,
        BigDecimal pooledReceived,
        BigDecimal pooledSpent,
        BigDecimal alignedCommitted,
        BigDecimal centralReceived,
        BigDecimal localReceived,
        Long submissionId) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String ACCEPTED_WITH_WARNINGS = "ACCEPTED_WITH_WARNINGS";
    public static final String REJECTED = "REJECTED";
    public static final String MISSING = "MISSING";

    /** True when an accepted return counts for the area and period. */
    public boolean counts() {
        return submissionId != null;
    }

    static AreaFigures withoutReturn(String areaCode, String areaName, Period period, String status) {
        return new AreaFigures(areaCode, areaName, period, status, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
