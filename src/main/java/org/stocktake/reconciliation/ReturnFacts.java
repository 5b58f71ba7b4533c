package org.stocktake.reconciliation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.stocktake.period.CountingReturn;
import org.stocktake.period.MoneyTotals;
import org.stocktake.standard.CodeList;

/**
 * What reconciliation needs of the return that counts for an area and period: its family figures, its totals
 * over all budget lines and, per central department, Received to date on its {@code Central} lines.
 */
record ReturnFacts(long identified, long started, long helped, long outcomes, BigDecimal totalReceived,
                   BigDecimal totalSpent, Map<String, BigDecimal> centralReceived) {

    static ReturnFacts of(CountingReturn r) {
        MoneyTotals totals = r.totals();
        Map<String, BigDecimal> central = new TreeMap<>();
        r.lines().stream().filter(l -> CodeList.CENTRAL.equals(l.source())).forEach(l -> CodeList
                .match(CodeList.CENTRAL_PARTNERS, l.partner())
                .ifPresent(department -> central.merge(department, l.received(), BigDecimal::add)));
        return new ReturnFacts(r.families().identified(), r.families().started(), r.families().helped(),
                r.families().outcomes(), totals.received(), totals.spent(), Map.copyOf(central));
    }
}
