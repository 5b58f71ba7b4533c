package org.stocktake.period;

import java.util.List;

import org.stocktake.standard.Period;
import org.stocktake.validation.Families;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;

/**
 * The return that counts for an area and period (the latest accepted one): which submission it is, its Families
 * figures and its budget lines in sheet order.
 */
public record CountingReturn(long submissionId, String fileName, String areaCode, Period period, ReturnStatus status,
        Families families, List<FundingLine> lines) {

    public CountingReturn {
        lines = List.copyOf(lines);
    }

    /** Its §9 figures. */
    public ReturnFigures figures() {
        return ReturnFigures.of(families, lines);
    }

    /** All its budget lines added up. */
    public MoneyTotals totals() {
        return MoneyTotals.of(lines);
    }
}
