package org.stocktake.period;

import org.stocktake.standard.CodeList;
import java.math.BigDecimal;
import java.util.List;

import org.stocktake.validation.Families;
import org.stocktake.validation.FundingLine;

/**
 * The figures of a return as §9 defines them for {@code figures-<period>.csv}: its family counts, and sums of its
 * budget lines ({@code pooled_*} over the Pooled lines, {@code aligned_committed} over the Aligned lines,
 * {@code central_received} and {@code local_received} over the lines of that source, whatever their arrangement).
 */
public record ReturnFigures(long familiesIdentified, long familiesStarted, long familiesHelped, long familiesOutcomes,
        BigDecimal pooledCommitted, BigDecimal pooledReceived, BigDecimal pooledSpent, BigDecimal alignedCommitted,
        BigDecimal centralReceived, BigDecimal localReceived) {

    // spellings of the §3.2 code lists (CodeList.ARRANGEMENTS, CodeList.SOURCES), as stored

    /** The §9 figures: a pure function of the return's Families sheet and its budget lines. */
    public static ReturnFigures of(Families families, List<FundingLine> lines) {
        MoneyTotals pooled = MoneyTotals.of(lines, l -> CodeList.POOLED.equals(l.arrangement()));
        MoneyTotals aligned = MoneyTotals.of(lines, l -> CodeList.ALIGNED.equals(l.arrangement()));
        MoneyTotals central = MoneyTotals.of(lines, l -> CodeList.CENTRAL.equals(l.source()));
        MoneyTotals local = MoneyTotals.of(lines, l -> CodeList.LOCAL.equals(l.source()));
        return new ReturnFigures(families.identified(), families.started(), families.helped(), families.outcomes(),
                pooled.committed(), pooled.received(), pooled.spent(), aligned.committed(), central.received(),
                local.received());
    }
}
