package org.stocktake.reference;

import java.math.BigDecimal;

import org.stocktake.standard.Period;

/** A central payment to an area in a period (standard §7, {@code ledger.csv}); not cumulative. */
public record LedgerPayment(String areaCode, String department, Period period, BigDecimal amount, String reference) {
}
