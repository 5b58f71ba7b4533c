package org.stocktake.period;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Predicate;

import org.stocktake.validation.FundingLine;

/** Committed this year, received to date and spent to date, summed over budget lines; exact to the penny. */
public record MoneyTotals(BigDecimal committed, BigDecimal received, BigDecimal spent) {

    private static final BigDecimal NONE = new BigDecimal("0.00");

    public static final MoneyTotals ZERO = new MoneyTotals(NONE, NONE, NONE);

    public static MoneyTotals of(Collection<FundingLine> lines) {
        return of(lines, line -> true);
    }

    /** The totals of the lines that match. */
    public static MoneyTotals of(Collection<FundingLine> lines, Predicate<FundingLine> which) {
        BigDecimal committed = NONE;
        BigDecimal received = NONE;
        BigDecimal spent = NONE;
        for (FundingLine line : lines) {
            if (which.test(line)) {
                committed = committed.add(line.committed());
                received = received.add(line.received());
                spent = spent.add(line.spent());
            }
        }
        return new MoneyTotals(committed, received, spent);
    }
}
