package org.stocktake.reconciliation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What reconciliation needs of the return that counts for an area and period: its family figures, its totals
 * over all budget lines and, per central department, Received to date on its {@code Central} lines.
 */
record ReturnFacts(long submissionId, long identified, long started, long helped, long outcomes,
                   BigDecimal totalReceived, BigDecimal totalSpent, Map<String, BigDecimal> centralReceived) {
}
