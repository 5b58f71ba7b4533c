package org.stocktake.period;

import java.util.List;

import org.stocktake.standard.Finding;
import org.stocktake.standard.Issue;

/**
 * One area the register expects in the period: where it stands, the return that counts (null when none does)
 * and the previous period's (null when none counted or the register did not expect one), the warnings the return
 * that counts was accepted with, the files that were rejected (when none counts) and the area's findings.
 */
public record AreaReport(String areaCode, String areaName, AreaStatus status, CountingReturn countingReturn,
        CountingReturn previous, List<Issue> warnings, List<Rejection> rejections, List<Finding> findings) {

    public AreaReport {
        warnings = List.copyOf(warnings);
        rejections = List.copyOf(rejections);
        findings = List.copyOf(findings);
    }

    /** {@code Birmingham (E08000025)}: how the area is named to people, in pages, packs and e-mails. */
    public String label() {
        return areaName + " (" + areaCode + ")";
    }

    /** True when a return counts for the area. */
    public boolean counts() {
        return countingReturn != null;
    }

    /** The §9 figures of the return that counts; null when none counts. */
    public ReturnFigures figures() {
        return countingReturn == null ? null : countingReturn.figures();
    }

    /** The §9 figures of the previous period's return that counted; null when there is none. */
    public ReturnFigures previousFigures() {
        return previous == null ? null : previous.figures();
    }

    AreaReport withFindings(List<Finding> areaFindings) {
        return new AreaReport(areaCode, areaName, status, countingReturn, previous, warnings, rejections, areaFindings);
    }
}
